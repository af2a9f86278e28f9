#include "app/sheets/SheetTable.h"

#include "app/sheets/ChoiceDelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <QTimer>
#include <memory>

namespace fcte {

namespace {

// Restarts a timer whenever the watched widget is resized.
class ResizeWatcher : public QObject {
public:
    ResizeWatcher(QObject *parent, QTimer *timer)
        : QObject(parent)
        , m_timer(timer)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            m_timer->start();
        return QObject::eventFilter(watched, event);
    }

private:
    QTimer *m_timer;
};

} // namespace

void SheetTable::fitColumns(QTableView *view)
{
    QAbstractItemModel *model = view->model();
    QHeaderView *header = view->horizontalHeader();
    const QFontMetrics cells = view->fontMetrics();
    const QFontMetrics headings = header->fontMetrics();
    const int padding = 2 * cells.horizontalAdvance(QLatin1Char('M')); // cell margins, air
    const int viewport = view->viewport()->width();
    const int third = viewport / 3;
    // Each fitted column between its longest word (no word is ever split across lines) and its
    // content, up to a third of the table.
    struct Fit {
        int column;
        int least;
        int wanted;
    };
    QVector<Fit> fits;
    bool stretching = false;
    for (int column = 0; column < model->columnCount(); ++column) {
        if (header->sectionResizeMode(column) == QHeaderView::Stretch)
            stretching = true;
        if (header->sectionResizeMode(column) != QHeaderView::Interactive)
            continue;
        int longestWord = 0;
        int content = 0;
        const auto measure = [&](const QString &text, const QFontMetrics &metrics) {
            content = qMax(content, metrics.horizontalAdvance(text));
            for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                longestWord = qMax(longestWord, metrics.horizontalAdvance(word));
        };
        measure(model->headerData(column, Qt::Horizontal).toString(), headings);
        for (int row = 0; row < model->rowCount(); ++row)
            measure(model->index(row, column).data().toString(), cells);
        fits.append(
            {column, longestWord + padding, qMax(longestWord, qMin(content, third)) + padding});
    }
    // The entry's own text (the stretching columns together) keeps at least 40 % of the width: the
    // fitted columns give up what they would take beyond that, each in proportion to its spare
    // width.
    int least = 0;
    int wanted = 0;
    for (const Fit &fit : fits) {
        least += fit.least;
        wanted += fit.wanted;
    }
    const int allowed = stretching ? qMax(least, viewport * 3 / 5) : wanted;
    for (const Fit &fit : fits) {
        int width = fit.wanted;
        if (wanted > allowed && wanted > least)
            width = fit.least +
                    int(qint64(fit.wanted - fit.least) * (allowed - least) / (wanted - least));
        if (header->sectionSize(fit.column) != width)
            header->resizeSection(fit.column, width);
    }
}

QTableView *SheetTable::create(QAbstractItemModel *model, const QString &objectName)
{
    auto *view = new QTableView;
    view->setObjectName(objectName);
    view->setModel(model);
    view->setItemDelegate(new ChoiceDelegate(view));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    view->setWordWrap(true);
    view->setTextElideMode(Qt::ElideMiddle); // "Esc. Prim. … Juárez": both ends tell names apart
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // One line of text and a little air: more entries in view on a laptop's screen.
    view->verticalHeader()->setMinimumSectionSize(view->fontMetrics().lineSpacing() + 4);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().lineSpacing() + 8);
    view->resizeRowsToContents();

    // Columns other than the stretching text fit their content, between its longest word (no
    // word is ever split across lines) and a third of the table.
    auto *columnFitter = new QTimer(view);
    columnFitter->setSingleShot(true);
    columnFitter->setInterval(50);
    QObject::connect(columnFitter, &QTimer::timeout, view, [view] { fitColumns(view); });
    QObject::connect(model, &QAbstractItemModel::modelReset, columnFitter,
                     qOverload<>(&QTimer::start));
    QObject::connect(model, &QAbstractItemModel::rowsInserted, columnFitter,
                     qOverload<>(&QTimer::start));
    QObject::connect(model, &QAbstractItemModel::dataChanged, columnFitter,
                     qOverload<>(&QTimer::start));
    view->viewport()->installEventFilter(new ResizeWatcher(view, columnFitter));
    fitColumns(view);

    auto *rowSizer = new QTimer(view);
    rowSizer->setSingleShot(true);
    rowSizer->setInterval(100);
    QObject::connect(rowSizer, &QTimer::timeout, view, &QTableView::resizeRowsToContents);
    QObject::connect(model, &QAbstractItemModel::modelReset, rowSizer, qOverload<>(&QTimer::start));
    QObject::connect(view->horizontalHeader(), &QHeaderView::sectionResized, rowSizer,
                     qOverload<>(&QTimer::start));
    QObject::connect(model, &QAbstractItemModel::dataChanged, view,
                     [view](const QModelIndex &from, const QModelIndex &to) {
                         for (int row = from.row(); row <= to.row(); ++row)
                             view->resizeRowToContents(row);
                     });
    // The newest row is brought into view once per turn of the event loop, before the paint:
    // scrollTo() lays the whole table out on the spot (0.3–0.5 ms), which an Enter does not need
    // to wait for, nor a bulk approval of fifty submissions do fifty times.
    auto *scroller = new QTimer(view);
    scroller->setSingleShot(true);
    scroller->setInterval(0);
    auto newest = std::make_shared<int>(-1);
    QObject::connect(scroller, &QTimer::timeout, view, [view, newest] {
        if (*newest >= 0 && *newest < view->model()->rowCount())
            view->scrollTo(view->model()->index(*newest, 0));
    });
    QObject::connect(model, &QAbstractItemModel::rowsInserted, view,
                     [view, scroller, newest](const QModelIndex &, int first, int last) {
                         for (int row = first; row <= last; ++row)
                             view->resizeRowToContents(row);
                         *newest = last;
                         scroller->start();
                     });
    return view;
}

} // namespace fcte
