// A child process for the crash test: it adds entries to a bitácora as fast as it can and
// reports each entry's id on stdout only after its commit returned. The parent kills it with
// SIGKILL at random moments and checks that every reported entry survived.
#include "core/store/Database.h"
#include "core/store/SessionStore.h"
#include "core/store/SheetStore.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    fcte::Database db;
    db.open(QString::fromLocal8Bit(argv[1]));
    fcte::SheetStore sheets(db);
    const qint64 sessionId = QByteArray(argv[2]).toLongLong();
    for (qint64 n = 0;; ++n) {
        fcte::Entry entry;
        entry.sheet = QStringLiteral("norms");
        entry.activity = 4;
        entry.text = QStringLiteral("Entrada %1 — acentos ñ «»").arg(n);
        sheets.addEntry(sessionId, entry);
        std::printf("%lld\n", static_cast<long long>(entry.id));
        std::fflush(stdout);
    }
}
