#pragma once

#include <QString>

namespace fcte {

struct FlowDocument;

// Writes a flow as an OpenDocument text, for LibreOffice to convert in the comparison: the same
// paragraphs, styles, tables and page breaks the PDF has.
bool writeFlowAsOdf(const FlowDocument &flow, const QString &path);

} // namespace fcte
