#include "rowpipeline.h"

namespace AllianceDesk {

RowPipeline::RowPipeline(CsvReader &reader, const RowNormaliser &normaliser)
    : m_reader(reader)
    , m_normaliser(normaliser)
    , m_thread([this](const std::stop_token &stop) { produce(stop); })
{}

RowPipeline::~RowPipeline()
{
    m_thread.request_stop();
    m_changed.notify_all();
}

void RowPipeline::produce(const std::stop_token &stop)
{
    bool last = false;
    while (!last && !stop.stop_requested()) {
        Block block;
        block.rows.reserve(blockRows);
        try {
            while (block.rows.size() < blockRows) {
                PreparedRow prepared;
                if (!m_reader.next(prepared.record)) {
                    block.last = true;
                    break;
                }
                prepared.problems = m_normaliser.normalise(prepared.record, prepared.row);
                block.rows.push_back(std::move(prepared));
            }
        } catch (...) {
            block.error = std::current_exception();
            block.last = true;
        }
        block.bytesRead = m_reader.bytesRead();
        last = block.last;
        std::unique_lock lock(m_mutex);
        if (!m_changed.wait(lock, stop, [this] { return m_queue.size() < queuedBlocks; }))
            return; // stopped
        m_queue.push_back(std::move(block));
        lock.unlock();
        m_changed.notify_all();
    }
}

const PreparedRow *RowPipeline::next()
{
    while (m_index >= m_current.rows.size()) {
        if (m_current.last) {
            if (m_current.error)
                std::rethrow_exception(std::exchange(m_current.error, nullptr));
            return nullptr;
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty(); });
        m_current = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_changed.notify_all();
        m_index = 0;
    }
    return &m_current.rows[m_index++];
}

} // namespace AllianceDesk
