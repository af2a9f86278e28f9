#include "core/store/StatementLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <mutex>

namespace fcte {
namespace {

std::atomic<bool> logging{false};
std::mutex guard;
QHash<QByteArray, qint64> slowestBySql; // the longest step of each statement text
QStringList wholeFile;

bool isWholeFileWork(const QByteArray &sql)
{
    const QByteArray upper = sql.trimmed().toUpper();
    return upper.startsWith("VACUUM") || upper.startsWith("PRAGMA QUICK_CHECK") ||
           upper.startsWith("PRAGMA INTEGRITY_CHECK") || upper.startsWith("BACKUP");
}

} // namespace

void StatementLog::setOn(bool on)
{
    logging.store(on, std::memory_order_relaxed);
}

bool StatementLog::isOn()
{
    return logging.load(std::memory_order_relaxed);
}

bool StatementLog::onWindowThread()
{
    const QCoreApplication *app = QCoreApplication::instance();
    return app && QThread::currentThread() == app->thread();
}

void StatementLog::record(const char *sql, qint64 nanoseconds)
{
    const QByteArray text(sql ? sql : "");
    const std::lock_guard<std::mutex> lock(guard);
    qint64 &longest = slowestBySql[text];
    longest = std::max(longest, nanoseconds);
    if (isWholeFileWork(text))
        wholeFile << QString::fromUtf8(text);
}

void StatementLog::clear()
{
    const std::lock_guard<std::mutex> lock(guard);
    slowestBySql.clear();
    wholeFile.clear();
}

QVector<StatementLog::Step> StatementLog::slowest(int count)
{
    const std::lock_guard<std::mutex> lock(guard);
    QVector<Step> steps;
    for (auto it = slowestBySql.cbegin(); it != slowestBySql.cend(); ++it)
        steps << Step{it.key(), it.value()};
    std::sort(steps.begin(), steps.end(),
              [](const Step &a, const Step &b) { return a.nanoseconds > b.nanoseconds; });
    return steps.mid(0, count);
}

QStringList StatementLog::wholeFileWork()
{
    const std::lock_guard<std::mutex> lock(guard);
    return wholeFile;
}

} // namespace fcte
