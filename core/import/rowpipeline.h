#pragma once

#include "csvreader.h"
#include "rownormaliser.h"

#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace AllianceDesk {

/// A row as read from the file, normalised, with its problems (none when it can be imported).
struct PreparedRow
{
    CsvRecord record;
    NormalisedRow row;
    QList<RowProblem> problems;
};

/**
 * Reads and normalises the rows of a file on a thread of its own while the caller writes the rows before them:
 * decoding, parsing and normalising (libphonenumber above all) cost as much as writing, and the writing must stay
 * on the thread that owns the database connection. Rows travel in blocks through a short queue, so memory stays
 * flat whatever the size of the file. What the reading thread throws (a file that cannot be read) is thrown again
 * by next(), after the rows before it. Destroying the pipeline stops the thread.
 */
class RowPipeline
{
public:
    RowPipeline(CsvReader &reader, const RowNormaliser &normaliser);
    ~RowPipeline();
    RowPipeline(const RowPipeline &) = delete;
    RowPipeline &operator=(const RowPipeline &) = delete;

    /// The next row, valid until the next call; nullptr at the end of the file.
    const PreparedRow *next();
    /// The bytes of the file read up to the end of the block the last row came from.
    qint64 bytesRead() const { return m_current.bytesRead; }

    static constexpr size_t blockRows = 256;
    static constexpr size_t queuedBlocks = 8;

private:
    struct Block
    {
        std::vector<PreparedRow> rows;
        qint64 bytesRead = 0;
        bool last = false;
        std::exception_ptr error;
    };
    void produce(const std::stop_token &stop);

    CsvReader &m_reader;
    const RowNormaliser &m_normaliser;
    std::mutex m_mutex;
    std::condition_variable_any m_changed;
    std::deque<Block> m_queue;
    Block m_current;
    size_t m_index = 0;
    std::jthread m_thread; ///< last: stopped and joined before the members it uses are destroyed
};

} // namespace AllianceDesk
