#pragma once

#include "core/model/Records.h"
#include "core/participation/ParticipationServer.h"

#include <QString>

#include <string_view>

namespace fcte {

struct SubmissionRead {
    Submission submission;
    QString problem; // the first thing wrong with it, in Spanish; empty when it can be stored
};

// A phone's submission from the body it posted (JSON): every field checked for its type, range
// and length as typed input is. Any bytes at all give a submission or a problem, never more
// memory than a few times the body (which the server has already capped).
SubmissionRead readSubmission(std::string_view body, const ParticipationLimits &limits);

} // namespace fcte
