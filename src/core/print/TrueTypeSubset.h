#pragma once

#include <QByteArray>

#include <vector>

namespace fcte {

class TypeFace;

// A TrueType font program holding only the outlines of the glyphs a document uses (and the
// parts they are built of), with every glyph keeping its number, so a PDF can name glyphs by
// their numbers in the full font. Empty when the face's tables cannot be read.
QByteArray trueTypeSubset(const TypeFace &face, std::vector<bool> used);

} // namespace fcte
