#pragma once

#include <QString>
#include <QStringList>

namespace fcte {

// The program's options. Commands that print or convert run without any window.
class CommandLine {
public:
    explicit CommandLine(const QStringList &arguments);

    static bool isHeadless(int argc, char *argv[]);

    // False when the arguments are wrong; errorText() says why.
    bool isValid() const { return m_error.isEmpty(); }
    const QString &errorText() const { return m_error; }

    QString databasePath() const; // the --db file, or the default in the user's data folder
    bool wantsDemo() const { return m_demo; }

    // Runs --help, --version or --list-activities; returns the process exit code.
    int runHeadless() const;

private:
    QString m_error;
    QString m_help;
    QString m_databasePath;
    bool m_demo = false;
    bool m_helpRequested = false;
    bool m_version = false;
    bool m_listActivities = false;
};

} // namespace fcte
