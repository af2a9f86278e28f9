#include "app/sheets/CellDrafts.h"

#include "app/sheets/DraftKeeper.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemView>
#include <QEvent>
#include <QLineEdit>
#include <QTimer>

namespace fcte {

CellDrafts::CellDrafts(QAbstractItemView *view, DraftKeeper &keeper, int idRole,
                       const QString &name)
    : QObject(view)
    , m_view(view)
    , m_keeper(&keeper)
    , m_idRole(idRole)
    , m_name(name + QLatin1Char('/'))
{
    // A cell's editor is a child of the viewport, polished when the view shows it.
    view->viewport()->installEventFilter(this);
    connect(view->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *editor, QAbstractItemDelegate::EndEditHint hint) {
                // The editor that closed, whichever is open now: Tab has already opened the
                // next one by the time this runs.
                const auto edit = qobject_cast<QLineEdit *>(editor);
                const QPersistentModelIndex index = m_opened.take(editor);
                if (!m_keeper || !edit || !index.isValid())
                    return;
                const QString typed = edit->text().trimmed();
                const QString stored = index.data(Qt::EditRole).toString().trimmed();
                // Kept while what was typed is neither in the bitácora nor dropped with Esc (a
                // save that failed leaves it a draft).
                if (hint == QAbstractItemDelegate::RevertModelCache || typed == stored)
                    m_keeper->keepText(cellName(index), QString());
                if (editor == m_editor)
                    m_editor = nullptr;
            });
    QTimer::singleShot(0, this, &CellDrafts::restoreRecovered);
}

QString CellDrafts::cellName(const QModelIndex &index) const
{
    const QModelIndex first = index.sibling(index.row(), 0);
    return m_name + first.data(m_idRole).toString() + QLatin1Char('/') +
           QString::number(index.column());
}

QModelIndex CellDrafts::cellNamed(const QString &name) const
{
    const QStringList parts = name.split(QLatin1Char('/'));
    if (parts.size() != 2)
        return {};
    QAbstractItemModel *model = m_view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex first = model->index(row, 0);
        if (first.data(m_idRole).toString() == parts.at(0))
            return model->index(row, parts.at(1).toInt());
    }
    return {};
}

bool CellDrafts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ChildPolished) {
        auto *editor = qobject_cast<QLineEdit *>(static_cast<QChildEvent *>(event)->child());
        if (editor && editor != m_editor)
            editorOpened(editor);
    }
    return QObject::eventFilter(watched, event);
}

void CellDrafts::editorOpened(QLineEdit *editor)
{
    m_editor = editor;
    m_editing = m_view->currentIndex();
    m_opened.insert(editor, m_editing);
    connect(editor, &QObject::destroyed, this, [this, editor] { m_opened.remove(editor); });
    if (!m_recovered.isEmpty()) {
        editor->setText(m_recovered);
        m_recovered.clear();
        DraftKeeper::markRecovered(editor);
    }
    const QString name = cellName(m_editing);
    connect(editor, &QLineEdit::textChanged, this, [this, name, editor](const QString &text) {
        if (m_keeper && editor == m_editor)
            m_keeper->keepText(name, text);
    });
}

void CellDrafts::restoreRecovered()
{
    if (!m_keeper)
        return;
    const QHash<QString, QString> drafts = m_keeper->storedDrafts(m_name);
    for (auto it = drafts.cbegin(); it != drafts.cend(); ++it) {
        if (!m_keeper->isFromEarlierRun(m_name + it.key()))
            continue;
        const QModelIndex cell = cellNamed(it.key());
        if (!cell.isValid()) {
            m_keeper->keepText(m_name + it.key(), QString()); // its row is gone
            continue;
        }
        m_recovered = it.value();
        m_view->setCurrentIndex(cell);
        m_view->edit(cell);
        m_recovered.clear();
        return; // one editor at a time: the others wait for the next opening
    }
}

} // namespace fcte
