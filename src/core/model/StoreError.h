#pragma once

#include <QString>
#include <stdexcept>

namespace fcte {

// Raised by the store; message() is a Spanish sentence fit to show the user.
class StoreError : public std::runtime_error {
public:
    explicit StoreError(const QString &message, int sqliteCode = 0)
        : std::runtime_error(message.toStdString())
        , m_message(message)
        , m_sqliteCode(sqliteCode)
    {}
    const QString &message() const { return m_message; }
    int sqliteCode() const { return m_sqliteCode; }
    // The file is damaged or is not a database (SQLITE_CORRUPT, SQLITE_NOTADB).
    bool isDamage() const { return (m_sqliteCode & 0xff) == 11 || (m_sqliteCode & 0xff) == 26; }

private:
    QString m_message;
    int m_sqliteCode;
};

} // namespace fcte
