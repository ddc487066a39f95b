#pragma once

#include "util/error.h"

namespace AllianceDesk {

/**
 * A file that cannot be imported at all (unterminated quote, binary data, bytes that do not decode, empty file,
 * header only): nothing was written. The message names the file, the line and what was found.
 */
class ImportFileError : public Error
{
public:
    ImportFileError(QString message, qint64 line = 0)
        : Error(std::move(message))
        , m_line(line)
    {}
    qint64 line() const noexcept { return m_line; }

private:
    qint64 m_line;
};

} // namespace AllianceDesk
