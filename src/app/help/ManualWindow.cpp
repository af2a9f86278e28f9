#include "app/help/ManualWindow.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QImage>
#include <QPushButton>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace fcte {

ManualWindow::ManualWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("manualWindow"));
    setWindowTitle(tr("Manual de Facilitador CTE"));
    m_browser->setObjectName(QStringLiteral("manualBrowser"));
    m_browser->setAccessibleName(tr("Manual"));
    // Pages link to each other inside the program; a link to the web, if any, opens outside.
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(true);

    auto *back = new QPushButton(tr("◀ Atrás"));
    back->setObjectName(QStringLiteral("manualBackButton"));
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    auto *index = new QPushButton(tr("Índice"));
    index->setObjectName(QStringLiteral("manualIndexButton"));
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(index, &QPushButton::clicked, m_browser, &QTextBrowser::home);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addWidget(index);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_browser, 1);

    // Screenshots are as wide as the laptop's screen: each page's pictures are drawn at the
    // window's width (never larger than they are), again when the window is resized.
    connect(m_browser, &QTextBrowser::sourceChanged, this, &ManualWindow::fitPictures);
    m_browser->viewport()->installEventFilter(this);

    m_browser->setSource(home(), QTextDocument::MarkdownResource);
    resize(900, 700);
}

bool ManualWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitPictures();
    return QWidget::eventFilter(watched, event);
}

void ManualWindow::fitPictures()
{
    QTextDocument *document = m_browser->document();
    const qreal room = m_browser->viewport()->width() - 2 * document->documentMargin() - 4;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat picture = fragment.charFormat().toImageFormat();
            if (!picture.isValid())
                continue;
            const QImage image =
                document->resource(QTextDocument::ImageResource, QUrl(picture.name()))
                    .value<QImage>();
            if (image.isNull())
                continue;
            const qreal width = qMin<qreal>(image.width(), room);
            if (qFuzzyCompare(picture.width(), width))
                continue;
            picture.setWidth(width);
            picture.setHeight(width * image.height() / image.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(picture);
        }
    }
}

QUrl ManualWindow::home()
{
    return QUrl(QStringLiteral("qrc:/manual/index.md"));
}

} // namespace fcte
