#include "app/sheets/ReviewSheet.h"
#include "app/MutedText.h"
#include "app/PlainLabel.h"
#include "app/PlainToolTip.h"

#include "app/sheets/ChoiceDelegate.h"
#include "app/sheets/SheetTable.h"
#include "core/session/Bitacora.h"
#include "core/text/DateText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace fcte {
namespace {

// The sheets' editing, each row at most two lines high.
class TwoLineDelegate : public ChoiceDelegate {
public:
    TwoLineDelegate(int height, QObject *parent)
        : ChoiceDelegate(parent)
        , m_height(height)
    {}
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = ChoiceDelegate::sizeHint(option, index);
        size.setHeight(qMin(size.height(), m_height));
        return size;
    }

private:
    const int m_height;
};

} // namespace

ReviewModel::ReviewModel(Bitacora &bitacora, QObject *parent)
    : QAbstractTableModel(parent)
    , m_bitacora(bitacora)
{
    connect(&m_bitacora, &Bitacora::reviewsChanged, this, &ReviewModel::reload);
    connect(&m_bitacora, &Bitacora::rosterChanged, this, &ReviewModel::reload);
}

void ReviewModel::setSchool(qint64 schoolId)
{
    m_school = schoolId;
    reload();
}

void ReviewModel::reload()
{
    beginResetModel();
    m_items = m_school ? m_bitacora.reviewItems(m_school) : QVector<ReviewItem>();
    endResetModel();
}

int ReviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ReviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhoColumn:
        return tr("Quién");
    case TextColumn:
        return tr("Compromiso o acuerdo");
    case StateColumn:
        return tr("Estado");
    case IndicatorColumn:
        return tr("Indicador de logro");
    case EvidenceColumn:
        return tr("Evidencia vista");
    case DateColumn:
        return tr("Revisión");
    }
    return {};
}

Qt::ItemFlags ReviewModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.column() >= IndicatorColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ReviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ReviewItem &item = m_items.at(index.row());
    const Review *latest = item.latest();
    if (role == Qt::ToolTipRole && index.column() == StateColumn) {
        // The history, oldest first: every state it has had, and when it came.
        QStringList steps;
        for (const Review &review : item.stateChanges())
            steps << tr("%1 (%2)").arg(
                Review::stateName(review.state),
                QLocale().toString(review.recordedAt.toLocalTime(), QLocale::ShortFormat));
        return steps.isEmpty() ? tr("Sin revisar") : steps.join(QStringLiteral(" → "));
    }
    if (role == Qt::ToolTipRole && index.column() <= TextColumn)
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case WhoColumn:
        return item.name; // the school is chosen above the table
    case TextColumn:
        return item.text;
    case StateColumn:
        return Review::stateName(item.state());
    case IndicatorColumn:
        return latest ? latest->indicator : QString();
    case EvidenceColumn:
        return latest ? latest->evidence : QString();
    case DateColumn:
        if (!latest || !latest->reviewedOn.isValid())
            return QString();
        return DateText::shortDate(latest->reviewedOn);
    }
    return {};
}

bool ReviewModel::record(int row, Review review)
{
    const ReviewItem &item = m_items.at(row);
    review.id = 0;
    review.recordedAt =
        QDateTime(); // each row says when it was made, not when the one it follows was
    review.item = item.kind;
    review.itemId = item.id;
    if (!review.reviewedOn.isValid())
        review.reviewedOn = QDate::currentDate();
    return m_bitacora.addReview(review); // the model reloads on reviewsChanged
}

bool ReviewModel::setState(int row, Review::State state)
{
    if (row < 0 || row >= m_items.size())
        return false;
    const Review *latest = m_items.at(row).latest();
    Review review = latest ? *latest : Review{};
    if (latest && latest->state == state)
        return false; // nothing new to keep
    review.state = state;
    review.reviewedOn = QDate::currentDate(); // a new state is today's review, not the last one's
    return record(row, review);
}

bool ReviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_items.size())
        return false;
    const ReviewItem &item = m_items.at(index.row());
    Review review = item.latest() ? *item.latest() : Review{};
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case IndicatorColumn:
        if (text == review.indicator)
            return false;
        review.indicator = text;
        break;
    case EvidenceColumn:
        if (text == review.evidence)
            return false;
        review.evidence = text;
        break;
    case DateColumn: {
        const QDate date = DateText::parse(text);
        if (!date.isValid() || date == review.reviewedOn)
            return false;
        review.reviewedOn = date;
        break;
    }
    default:
        return false;
    }
    return record(index.row(), review);
}

ReviewSheet::ReviewSheet(Bitacora &bitacora, bool collectiveFirst, QWidget *parent)
    : QWidget(parent)
    , m_bitacora(bitacora)
    , m_model(new ReviewModel(bitacora, this))
{
    setObjectName(QStringLiteral("reviewSheet"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    top->addWidget(plainLabel(tr("Revisar:")));
    m_school = new QComboBox;
    m_school->setObjectName(QStringLiteral("reviewSchoolComboBox"));
    top->addWidget(m_school, 1);
    layout->addLayout(top);
    m_view = SheetTable::create(m_model, QStringLiteral("reviewTableView"));
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // What was promised takes the width; names, states, the indicator, the evidence and dates
    // fit their words (an indicator not yet written takes no room from the commitment).
    m_view->horizontalHeader()->setSectionResizeMode(ReviewModel::TextColumn, QHeaderView::Stretch);
    SheetTable::fitColumns(m_view);
    // Two lines a row at most, the rest in the tooltip (and on the projection, whole): a
    // school's six commitments stay in view at 1366x768, where one long one took the table.
    m_view->setItemDelegate(
        new TwoLineDelegate(m_view->fontMetrics().lineSpacing() * 2 + 8, m_view));
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->installEventFilter(this);
    layout->addWidget(m_view, 1);
    auto *keys = plainLabel(tr("1 pendiente · 2 en proceso · 3 cumplido · 4 no cumplido · F2 edita "
                               "indicador, evidencia o fecha · cada cambio queda en la historia"));
    keys->setObjectName(QStringLiteral("sheetKeysLabel"));
    MutedText::apply(keys);
    layout->addWidget(keys);
    setFocusProxy(m_view);

    connect(m_school, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setSchool(m_school->currentData().toLongLong()); });
    connect(&m_bitacora, &Bitacora::rosterChanged, this, &ReviewSheet::refillSchools);
    // Stay on the row being reviewed when the model reloads after each change.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_view->setProperty("keptRow", m_view->currentIndex().row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_view->property("keptRow").toInt();
        if (row >= 0 && row < m_model->rowCount())
            m_view->setCurrentIndex(m_model->index(row, ReviewModel::StateColumn));
    });
    refillSchools();
    if (collectiveFirst)
        showSchool(ReviewBoard::Collective);
}

void ReviewSheet::refillSchools()
{
    const qint64 selected = m_school->currentData().toLongLong();
    const QSignalBlocker blocker(m_school);
    m_school->clear();
    for (const School &school : m_bitacora.schools())
        m_school->addItem(school.name, school.id);
    // The agreements of teams and of the whole room, once: no one school's.
    m_school->addItem(tr("Acuerdos del colectivo"), ReviewBoard::Collective);
    m_school->setCurrentIndex(qMax(0, m_school->findData(selected)));
    m_model->setSchool(m_school->currentData().toLongLong());
}

void ReviewSheet::showSchool(qint64 schoolId)
{
    const int index = m_school->findData(schoolId);
    if (index >= 0)
        m_school->setCurrentIndex(index);
}

bool ReviewSheet::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const Review::State states[] = {Review::State::Pending, Review::State::InProgress,
                                        Review::State::Done, Review::State::NotDone};
        const int number = key->key() - Qt::Key_1;
        if (key->modifiers() == Qt::NoModifier && number >= 0 && number < 4) {
            m_model->setState(m_view->currentIndex().row(), states[number]);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace fcte
