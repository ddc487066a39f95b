#pragma once

#include "error.h"

namespace AllianceDesk {

/// The user cancelled a long operation (a report, an export, a backup); nothing was written.
class OperationCancelled : public Error
{
public:
    using Error::Error;
};

} // namespace AllianceDesk
