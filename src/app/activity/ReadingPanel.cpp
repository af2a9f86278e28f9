#include "app/activity/ReadingPanel.h"
#include "app/PlainLabel.h"
#include "core/text/PastedParagraphs.h"

#include "app/Messages.h"
#include "app/export/FileDialogs.h"
#include "core/guide/Guide.h"
#include "core/session/Bitacora.h"
#include "core/text/TextDecoding.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace fcte {

ReadingPanel::ReadingPanel(Bitacora &bitacora, QWidget *parent)
    : QWidget(parent)
    , m_bitacora(bitacora)
{
    setObjectName(QStringLiteral("readingPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_status = plainLabel();
    m_status->setObjectName(QStringLiteral("readingStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status, 1);
    m_edit = new QPushButton(tr("Pegar o escribir el texto…"));
    m_edit->setObjectName(QStringLiteral("editReadingButton"));
    m_load = new QPushButton(tr("Abrir un archivo de texto…"));
    m_load->setObjectName(QStringLiteral("loadReadingButton"));
    m_remove = new QPushButton(tr("Quitar"));
    m_remove->setObjectName(QStringLiteral("removeReadingButton"));
    for (QPushButton *button : {m_edit, m_load, m_remove})
        layout->addWidget(button);
    connect(m_edit, &QPushButton::clicked, this, &ReadingPanel::editText);
    connect(m_load, &QPushButton::clicked, this, &ReadingPanel::chooseFile);
    connect(m_remove, &QPushButton::clicked, this, &ReadingPanel::removeText);
    connect(&m_bitacora, &Bitacora::readingChanged, this, [this](int activity) {
        if (activity == m_activity)
            refresh();
    });
}

void ReadingPanel::setActivity(const Activity &activity)
{
    m_activity = activity.number;
    m_title = activity.reading.title;
    refresh();
}

QString ReadingPanel::statusText() const
{
    return m_status->text();
}

void ReadingPanel::refresh()
{
    const QString text = m_bitacora.readingText(m_activity);
    const qsizetype words =
        text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size();
    m_status->setText(text.isEmpty()
                          ? tr("El texto no viene con la aplicación: péguelo o ábralo para "
                               "mostrarlo y proyectarlo (Ctrl+Mayús+L).")
                          : tr("Texto de esta sesión: %n palabras. Se proyecta con Ctrl+Mayús+L, "
                               "con su fuente.",
                               nullptr, int(words)));
    m_remove->setEnabled(!text.isEmpty());
}

void ReadingPanel::editText()
{
    ReadingTextDialog dialog(m_title, m_bitacora.readingText(m_activity), this);
    if (dialog.exec() == QDialog::Accepted)
        m_bitacora.saveReadingText(m_activity, dialog.text());
}

void ReadingPanel::chooseFile()
{
    const QString path = FileDialogs::openFileName(this, tr("Abrir el texto de la lectura"),
                                                   tr("Texto (*.txt);;Todos los archivos (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ReadingPanel::loadFile(const QString &path)
{
    const TextDecoding::File file = TextDecoding::readFile(path, MaxFileBytes);
    switch (file.problem) {
    case TextDecoding::File::Problem::CannotOpen:
        Messages::warning(this, tr("No se pudo abrir"),
                          tr("No se pudo leer «%1»: %2").arg(path, file.reason));
        return false;
    case TextDecoding::File::Problem::TooLarge:
        Messages::warning(this, tr("Archivo demasiado grande"),
                          tr("«%1» tiene más de 1 MB: no parece el texto de una lectura. Copie "
                             "solo la lectura en un archivo de texto.")
                              .arg(path));
        return false;
    case TextDecoding::File::Problem::NotText:
        Messages::warning(this, tr("No es un archivo de texto"),
                          tr("«%1» no es texto simple (.txt). Abra el documento, copie la "
                             "lectura y péguela con «Pegar o escribir el texto…».")
                              .arg(path));
        return false;
    case TextDecoding::File::Problem::None:
        break;
    }
    const QString &text = file.text;
    if (!m_bitacora.readingText(m_activity).isEmpty() &&
        !Messages::riskyQuestion(this, tr("Reemplazar el texto"),
                                 tr("Esta lectura ya tiene texto. ¿Reemplazarlo por el del "
                                    "archivo?")))
        return false;
    return m_bitacora.saveReadingText(m_activity, text);
}

void ReadingPanel::removeText()
{
    if (Messages::riskyQuestion(this, tr("Quitar el texto"),
                                tr("¿Quitar el texto de esta lectura de la sesión?")))
        m_bitacora.saveReadingText(m_activity, QString());
}

namespace {

// A reading is pasted from the guide's PDF: its page lines and end-of-line hyphens are joined
// into paragraphs as it comes in. What is typed is left as typed.
class PastedReadingEdit : public QPlainTextEdit {
protected:
    void insertFromMimeData(const QMimeData *source) override
    {
        if (source->hasText())
            insertPlainText(PastedParagraphs::join(source->text()));
        else
            QPlainTextEdit::insertFromMimeData(source);
    }
};

} // namespace

ReadingTextDialog::ReadingTextDialog(const QString &title, const QString &text, QWidget *parent)
    : QDialog(parent)
    , m_original(text)
{
    setObjectName(QStringLiteral("readingTextDialog"));
    setWindowTitle(tr("Texto de la lectura"));
    auto *layout = new QVBoxLayout(this);
    auto *heading = plainLabel(title);
    heading->setWordWrap(true);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    m_editor = new PastedReadingEdit;
    m_editor->setObjectName(QStringLiteral("readingTextEdit"));
    m_editor->setPlainText(text);
    m_editor->setPlaceholderText(tr("Pegue aquí el texto de la lectura, un párrafo por línea."));
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Guardar"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancelar"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReadingTextDialog::reject);
    layout->addWidget(buttons);
    resize(720, 520);
}

QString ReadingTextDialog::text() const
{
    return m_editor->toPlainText();
}

void ReadingTextDialog::reject()
{
    if (text() != m_original &&
        !Messages::riskyQuestion(this, tr("Descartar el texto"),
                                 tr("¿Descartar lo que escribió o pegó en esta lectura?")))
        return;
    QDialog::reject();
}

} // namespace fcte
