#pragma once

#include "util/error.h"

namespace AllianceDesk {

/// The user cancelled an import: its transaction was rolled back, nothing was written.
class ImportCancelled : public Error
{
public:
    using Error::Error;
};

} // namespace AllianceDesk
