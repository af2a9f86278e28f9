#pragma once

#include <vector>

namespace fcte {

// migrations()[i] brings the schema from user_version i to i + 1. Append, never edit.
const std::vector<const char *> &migrations();

} // namespace fcte
