#include "app/sheets/SheetPanel.h"

#include "app/sheets/CommitmentsSheet.h"
#include "app/sheets/ListSheetEditor.h"
#include "app/sheets/NextMeetingSheet.h"
#include "app/sheets/RecordersSheet.h"
#include "app/sheets/ReviewSheet.h"
#include "app/sheets/SchoolProblemsSheet.h"
#include "app/sheets/TeamsSheet.h"
#include "app/sheets/VolunteerPanel.h"
#include "core/guide/Guide.h"
#include "core/guide/SheetKinds.h"

#include <QTabBar>
#include <QVBoxLayout>

namespace fcte {
namespace {

QWidget *createSheet(Bitacora &bitacora, QUndoStack &undoStack, const Activity &activity,
                     const SheetSpec &spec)
{
    using Form = SheetSpec::Form;
    switch (spec.form) {
    case Form::Recorders:
        return new RecordersSheet(bitacora, undoStack);
    case Form::SchoolProblems:
        return new SchoolProblemsSheet(bitacora);
    case Form::Teams:
        return new TeamsSheet(bitacora, undoStack, activity.number);
    case Form::Commitments:
        return new CommitmentsSheet(bitacora, undoStack, activity.number);
    case Form::NextMeeting:
        return new NextMeetingSheet(bitacora);
    case Form::Review:
        return new ReviewSheet(bitacora, activity.timer != TimerKind::PerSchool);
    case Form::List:
        break;
    }
    const QStringList categories = spec.categoriesFromPrompts ? activity.prompts : spec.categories;
    auto *editor = new ListSheetEditor(bitacora, undoStack, spec, categories, activity.number);
    if (spec.id != QLatin1String("impressions"))
        return editor;
    auto *page = new QWidget;
    page->setObjectName(spec.id + QStringLiteral("Page"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new VolunteerPanel(bitacora, *editor));
    layout->addWidget(editor, 1);
    page->setFocusProxy(editor);
    return page;
}

} // namespace

SheetPanel::SheetPanel(Bitacora &bitacora, const UndoStackFor &undoStackFor,
                       const Activity &activity, QWidget *parent)
    : QTabWidget(parent)
{
    setObjectName(QStringLiteral("sheetPanel"));
    setAccessibleName(tr("Hojas de la actividad"));
    setDocumentMode(true);
    for (const QString &kind : activity.sheets) {
        const SheetSpec spec = SheetKinds::spec(kind);
        QWidget *sheet = createSheet(bitacora, undoStackFor(kind), activity, spec);
        m_sheets.insert(kind, sheet);
        m_kinds << kind;
        addTab(sheet, spec.name);
    }
    tabBar()->setVisible(count() > 1);
    connect(this, &QTabWidget::currentChanged, this,
            [this] { Q_EMIT currentKindChanged(currentKind()); });
}

void SheetPanel::setPresenting(bool presenting)
{
    for (int index = 0; index < m_kinds.size(); ++index) {
        const QString &kind = m_kinds.at(index);
        if (SheetKinds::spec(kind).isPrivate)
            setTabVisible(index, !presenting);
        if (auto *list = qobject_cast<ListSheetEditor *>(m_sheets.value(kind)))
            list->setPresenting(presenting);
    }
    // Nothing left to show: a private sheet is never the one in front.
    if (presenting && currentIndex() >= 0 && !isTabVisible(currentIndex())) {
        for (int index = 0; index < count(); ++index) {
            if (isTabVisible(index)) {
                setCurrentIndex(index);
                break;
            }
        }
    }
    const bool anyShown = [this] {
        for (int index = 0; index < count(); ++index) {
            if (isTabVisible(index))
                return true;
        }
        return false;
    }();
    // A panel of private sheets only shows nothing at all while presenting.
    if (currentWidget())
        currentWidget()->setVisible(!presenting || anyShown);
}

QString SheetPanel::currentKind() const
{
    return m_kinds.value(currentIndex());
}

QWidget *SheetPanel::sheet(const QString &kind) const
{
    return m_sheets.value(kind);
}

} // namespace fcte
