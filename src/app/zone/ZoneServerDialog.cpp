#include "app/zone/ZoneServerDialog.h"

#include "app/PlainLabel.h"
#include "core/zone/ZoneDatabase.h"
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace fcte {
namespace {

const QString UrlKey = QStringLiteral("zone/url");

// Only in this process's memory: typed once per run of the program.
QString &rememberedPassword()
{
    static QString password;
    return password;
}

} // namespace

ZoneServerDialog::ZoneServerDialog(const QString &purpose, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("zoneServerDialog"));
    setWindowTitle(tr("Base de la zona"));
    auto *intro = plainLabel(purpose);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    m_url = new QLineEdit(savedUrl());
    m_url->setObjectName(QStringLiteral("zoneUrlEdit"));
    m_url->setPlaceholderText(QStringLiteral("postgresql://usuario@servidor/zona?sslmode=require"));
    m_url->setMinimumWidth(460);
    m_password = new QLineEdit(rememberedPassword());
    m_password->setObjectName(QStringLiteral("zonePasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    auto *note = plainLabel(tr("La contraseña no se guarda: se pide de nuevo al abrir el programa "
                               "(o se toma de PGPASSWORD o ~/.pgpass)."));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Dirección:"), m_url);
    form->addRow(tr("&Contraseña:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
    m_url->setFocus();
}

void ZoneServerDialog::accept()
{
    // A password written into the address (however it is written) moves to its own field: the
    // address is kept, the password never.
    const QString written = ZoneDatabase::passwordOf(m_url->text());
    if (!written.isEmpty() && m_password->text().isEmpty())
        m_password->setText(written);
    m_url->setText(ZoneDatabase::withoutPassword(m_url->text()));
    QSettings().setValue(UrlKey, m_url->text().trimmed());
    rememberedPassword() = m_password->text();
    QDialog::accept();
}

QString ZoneServerDialog::url() const
{
    return m_url->text().trimmed();
}

QString ZoneServerDialog::password() const
{
    return m_password->text();
}

QString ZoneServerDialog::savedUrl()
{
    return QSettings().value(UrlKey).toString();
}

} // namespace fcte
