#include "widgets/TemplateChooser.h"

#include "model/Templates.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace sky {

TemplateChooser::TemplateChooser(QWidget* parent) : QDialog(parent), m_list(new QListWidget(this))
{
    setWindowTitle(tr("New design"));
    auto* empty = new QListWidgetItem(tr("Empty design"), m_list);
    empty->setData(Qt::UserRole, QString());
    for (const QString& name : Templates::names()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2").arg(name, Templates::title(name)), m_list);
        item->setData(Qt::UserRole, name);
    }
    m_list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Start from:"), this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(460, 300);
}

QString TemplateChooser::selected() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

std::optional<QString> TemplateChooser::choose(QWidget* parent)
{
    TemplateChooser dialog(parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.selected();
}

} // namespace sky
