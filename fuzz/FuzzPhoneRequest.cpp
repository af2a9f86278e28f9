// libFuzzer target: any body a phone (or anyone on the room's network) can post is read into a
// submission or refused with a reason, never a crash; a submission that is accepted obeys the
// limits.
#include "core/participation/SubmissionReader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const fcte::ParticipationLimits limits;
    const fcte::SubmissionRead read =
        fcte::readSubmission(std::string_view(reinterpret_cast<const char *>(data), size), limits);
    if (read.problem.isEmpty()) {
        const fcte::Submission &s = read.submission;
        if (s.typedName.size() > limits.maxNameChars || s.text.size() > limits.maxFieldChars ||
            s.device.isEmpty() || s.clientId.isEmpty())
            __builtin_trap();
    }
    return 0;
}
