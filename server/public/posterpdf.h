// The A4 poster as a PDF, for the `poster` admin command: face, name, function,
// organisation, when at school and the QR to the public page, drawn with QPdfWriter.
// Text needs Qt's font database, so the command runs under a QGuiApplication on the
// offscreen platform (no display); `serve` stays a QCoreApplication.
#pragma once

#include "publiccard.h"
#include "result.h"

namespace kl::server {

Status writePosterPdf(const PublicCard &card, const QString &url, PublicLanguage language, const QString &file);

} // namespace kl::server
