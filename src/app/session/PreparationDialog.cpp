#include "PreparationDialog.h"
#include "PlainLabel.h"

#include "Messages.h"
#include "guide/Guide.h"
#include "store/SessionStore.h"
#include "store/StoreError.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fcte {
namespace {

QLabel *heading(const QString &text)
{
    auto *label = plainLabel(text);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

PreparationDialog::PreparationDialog(const Guide &guide, SessionStore &sessions, qint64 sessionId,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preparationDialog"));
    setWindowTitle(tr("Preparar la sesión"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Materiales que pide la guía (marque los que ya tiene)")));
    m_materials = new QListWidget;
    m_materials->setObjectName(QStringLiteral("materialsListWidget"));
    m_materials->setAccessibleName(tr("Materiales que pide la guía"));
    m_materials->setWordWrap(true);
    const QStringList ready = sessions.readyMaterials(sessionId);
    for (const QString &item : guide.materials) {
        auto *row = new QListWidgetItem(item, m_materials);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(ready.contains(item) ? Qt::Checked : Qt::Unchecked);
    }
    // Space toggles the selected item: the list is usable from the keyboard alone.
    connect(m_materials, &QListWidget::itemChanged, this,
            [this, &sessions, sessionId](QListWidgetItem *row) {
                try {
                    sessions.setMaterialReady(sessionId, row->text(),
                                              row->checkState() == Qt::Checked);
                } catch (const StoreError &error) {
                    Messages::warning(this, tr("No se pudo guardar"), error.message());
                }
            });
    layout->addWidget(m_materials, 1);

    layout->addWidget(heading(tr("Lo que contendrá la bitácora al terminar (productos)")));
    QStringList products;
    for (const QString &product : guide.products)
        products << QStringLiteral("• ") + product;
    auto *productList = plainLabel(products.join(QLatin1Char('\n')));
    productList->setObjectName(QStringLiteral("productsLabel"));
    productList->setWordWrap(true);
    layout->addWidget(productList);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Cerrar"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(640, 420);
}

QString PreparationDialog::readiness(const Guide &guide, const SessionStore &sessions,
                                     qint64 sessionId)
{
    if (guide.materials.isEmpty())
        return {};
    const QStringList ready = sessions.readyMaterials(sessionId);
    int count = 0;
    for (const QString &item : guide.materials)
        count += ready.contains(item) ? 1 : 0;
    return tr("materiales %1/%2").arg(count).arg(guide.materials.size());
}

} // namespace fcte
