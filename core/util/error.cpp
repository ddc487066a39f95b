#include "error.h"

namespace AllianceDesk {

Error::Error(QString message)
    : m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{}

OpenError::OpenError(Reason reason, QString message)
    : StorageError(std::move(message))
    , m_reason(reason)
{}

} // namespace AllianceDesk
