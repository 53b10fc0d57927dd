#include "widgets/PropertyPanel.h"

#include "model/Catalog.h"
#include "model/DesignSettings.h"
#include "model/Protocols.h"
#include "model/Regions.h"
#include "widgets/IconCache.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QValidator>
#include <QVBoxLayout>
#include <limits>
#include <utility>

namespace sky {

namespace {

QString q(const Json& v) { return v.is_string() ? QString::fromStdString(v.get<std::string>()) : QString(); }
Json textOrNull(const QString& text) { return text.isEmpty() ? Json() : Json(text.toStdString()); }

QString jsonText(const Json& v)
{
    if (v.is_string())
        return q(v);
    if (v.is_null())
        return {};
    return QString::fromStdString(v.dump());
}

/// Accepts what the catalog check accepts (or empty: back to the default); anything else
/// stays typed but is never committed (QLineEdit emits editingFinished only for Acceptable).
class CheckValidator : public QValidator {
public:
    CheckValidator(std::function<QString(const QString&)> check, QObject* parent)
        : QValidator(parent), m_check(std::move(check))
    {
    }
    State validate(QString& input, int&) const override
    {
        return input.isEmpty() || m_check(input).isEmpty() ? Acceptable : Intermediate;
    }

private:
    std::function<QString(const QString&)> m_check;
};

void setInvalid(QWidget* editor, bool invalid)
{
    editor->setStyleSheet(invalid ? QStringLiteral("QLineEdit { border: 1px solid #D13212; background: #FDF3F1; }") : QString());
}

} // namespace

PropertyPanel::PropertyPanel(Document* document, QWidget* parent)
    : QWidget(parent), m_document(document), m_title(new QLabel(this)), m_subtitle(new QLabel(this)),
      m_message(new QLabel(this)), m_formHost(new QWidget)
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    m_subtitle->setStyleSheet(QStringLiteral("color: #5F6B7A;"));
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #B0261A; background: #FDF3F1; border: 1px solid #F2C4BD; padding: 4px;"));
    m_message->hide();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_formHost);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);

    connect(document, &Document::componentChanged, this,
            [this](const QString& id, const QString& key) { onChanged(Target::Component, id, key); });
    connect(document, &Document::connectionChanged, this,
            [this](const QString& id, const QString& key) { onChanged(Target::Connection, id, key); });
    connect(document, &Document::designChanged, this, [this](const QString& key) { onChanged(Target::Design, {}, key); });
    connect(document, &Document::componentRemoved, this, [this](const QString& id) {
        if (id == m_subject)
            showSelection({});
    });
    connect(document, &Document::connectionRemoved, this, [this](const QString& id) {
        if (id == m_subject)
            showSelection({});
    });
    connect(document, &Document::documentReset, this, [this] { showSelection({}); });
    showSelection({});
}

QString PropertyPanel::message() const { return m_message->isHidden() ? QString() : m_message->text(); }

void PropertyPanel::showMessage(const QString& message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void PropertyPanel::showSelection(const QStringList& ids)
{
    m_selectionCount = int(ids.size());
    m_subject = ids.size() == 1 ? ids.first() : QString();
    if (m_subject.isEmpty())
        m_target = Target::Design;
    else
        m_target = m_document->design().component(m_subject) ? Target::Component : Target::Connection;
    showMessage({});
    rebuild();
}

void PropertyPanel::onChanged(Target target, const QString& id, const QString& key)
{
    if (target != m_target || (target != Target::Design && id != m_subject) || m_selectionCount > 1)
        return;
    if (key == QLatin1String("type"))
        rebuild();
    else
        refresh();
}

void PropertyPanel::clearForm()
{
    m_fields.clear();
    m_editors.clear();
    delete m_formHost->layout();
    const auto children = m_formHost->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly);
    for (QWidget* w : children)
        delete w;
    m_form = new QFormLayout(m_formHost);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setContentsMargins(0, 4, 0, 4);
}

void PropertyPanel::rebuild()
{
    clearForm();
    const Design& design = m_document->design();
    if (m_selectionCount > 1) {
        m_title->setText(tr("%n items selected", nullptr, m_selectionCount));
        m_subtitle->setText(tr("Select one item to edit its properties."));
        return;
    }
    if (m_target == Target::Component) {
        if (const Component* c = design.component(m_subject))
            buildComponent(*c);
    } else if (m_target == Target::Connection) {
        if (const Connection* c = design.connection(m_subject))
            buildConnection(*c);
    } else {
        buildDesign();
    }
    refresh();
}

void PropertyPanel::refresh()
{
    for (const Field& f : m_fields) {
        const QSignalBlocker blocker(f.editor);
        f.refresh();
    }
}

void PropertyPanel::addRow(const QString& label, const QString& key, QWidget* editor, const QString& help,
                           std::function<void()> refresh)
{
    editor->setObjectName(key);
    if (auto* combo = qobject_cast<QComboBox*>(editor)) { // long entries must not widen the dock
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    editor->setMinimumWidth(80);
    if (!help.isEmpty())
        editor->setToolTip(help);
    auto* caption = new QLabel(label, m_formHost);
    caption->setToolTip(help);
    caption->setBuddy(editor);
    m_form->addRow(caption, editor);
    m_fields.push_back({key, editor, std::move(refresh)});
    m_editors.insert(key, editor);
}

bool PropertyPanel::commit(const QString& key, const Json& value)
{
    QString error;
    if (!m_document->setValue(m_target, m_subject, key, value, &error)) {
        showMessage(error);
        refresh(); // the editor goes back to the stored value
        return false;
    }
    showMessage({});
    return true;
}

QWidget* PropertyPanel::textEditor(const QString& key, std::function<QString(const QString&)> check,
                                   const QString& placeholder, std::function<QString()> current)
{
    auto* edit = new QLineEdit(m_formHost);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    if (check)
        edit->setValidator(new CheckValidator(check, edit));
    connect(edit, &QLineEdit::textEdited, this, [this, edit, check](const QString& text) {
        const QString why = check && !text.isEmpty() ? check(text) : QString();
        setInvalid(edit, !why.isEmpty());
        showMessage(why);
    });
    connect(edit, &QLineEdit::editingFinished, this, [this, edit, key, current] {
        if (edit->text() == current())
            return;
        commit(key, textOrNull(edit->text()));
    });
    Q_UNUSED(current);
    return edit;
}

void PropertyPanel::buildComponent(const Component& component)
{
    const Catalog& catalog = m_document->catalog();
    const ComponentType* type = catalog.type(component.type);
    m_title->setText(catalog.displayName(component));
    m_subtitle->setText(QStringLiteral("%1 · id <code>%2</code>").arg((type ? type->label : component.type).toHtmlEscaped(),
                                                                      component.id.toHtmlEscaped()));
    const QString id = component.id;
    const auto currentText = [this, id](const QString& key) {
        return [this, id, key] { return q(m_document->value(Target::Component, id, key)); };
    };
    auto* name = qobject_cast<QLineEdit*>(textEditor(QStringLiteral("name"), nullptr, type ? type->label : QString(),
                                                     currentText(QStringLiteral("name"))));
    addRow(tr("Name"), QStringLiteral("name"), name, tr("The label on the canvas (empty = the type's name)"),
           [name, f = currentText(QStringLiteral("name"))] { name->setText(f()); });
    if (type) {
        for (const PropertySpec& spec : type->properties) {
            QWidget* editor = editorFor(component, spec);
            Q_UNUSED(editor);
        }
    }
    auto* notes = new QPlainTextEdit(m_formHost);
    notes->setPlaceholderText(tr("Why it is there, what it does…"));
    notes->setFixedHeight(90);
    connect(notes, &QPlainTextEdit::textChanged, this, [this, notes] {
        commit(QStringLiteral("notes"), textOrNull(notes->toPlainText())); // typing merges into one entry
    });
    addRow(tr("Notes"), QStringLiteral("notes"), notes, tr("Free text, carried into the docs"),
           [this, notes, id] {
               const QString text = q(m_document->value(Target::Component, id, QStringLiteral("notes")));
               if (notes->toPlainText() != text)
                   notes->setPlainText(text);
           });
}

QWidget* PropertyPanel::editorFor(const Component& component, const PropertySpec& spec)
{
    const QString key = QStringLiteral("properties.") + spec.key;
    const QString id = component.id;
    const Catalog& catalog = m_document->catalog();
    const auto effective = [this, id, specKey = spec.key]() -> Json {
        const Component* c = m_document->design().component(id);
        return c ? m_document->catalog().effectiveProperty(*c, specKey) : Json();
    };
    const QString label = spec.label.isEmpty() ? spec.key : spec.label;
    QString help = spec.help;
    if (!spec.defaultValue.is_null())
        help += (help.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Default: %1").arg(jsonText(spec.defaultValue));
    Q_UNUSED(catalog);

    switch (spec.kind) {
    case PropertyKind::Bool: {
        auto* box = new QCheckBox(m_formHost);
        connect(box, &QCheckBox::toggled, this, [this, key](bool on) { commit(key, on); });
        addRow(label, key, box, help, [box, effective] { box->setChecked(effective().is_boolean() && effective().get<bool>()); });
        return box;
    }
    case PropertyKind::Enum:
    case PropertyKind::Int:
        if (spec.kind == PropertyKind::Enum || (spec.allowedValues.is_array() && !spec.allowedValues.empty())) {
            auto* combo = new QComboBox(m_formHost);
            for (const Json& v : spec.allowedValues)
                combo->addItem(jsonText(v), QString::fromStdString(v.dump()));
            connect(combo, &QComboBox::activated, this, [this, key, combo](int index) {
                commit(key, Json::parse(combo->itemData(index).toString().toStdString()));
            });
            addRow(label, key, combo, help, [combo, effective] {
                const int index = combo->findData(QString::fromStdString(effective().dump()));
                if (index < 0 && !effective().is_null()) { // a value the catalog does not list: show it as it is
                    combo->addItem(tr("%1 (not allowed)").arg(jsonText(effective())), QString::fromStdString(effective().dump()));
                    combo->setCurrentIndex(combo->count() - 1);
                } else {
                    combo->setCurrentIndex(index);
                }
            });
            return combo;
        } else {
            auto* spin = new QSpinBox(m_formHost);
            spin->setRange(int(spec.minimum.value_or(0)), int(std::min(spec.maximum.value_or(1e9), 2e9)));
            spin->setKeyboardTracking(false);
            spin->setAccelerated(true);
            connect(spin, &QSpinBox::valueChanged, this, [this, key](int v) { commit(key, v); });
            addRow(label, key, spin, help, [spin, effective] {
                const Json v = effective();
                spin->setValue(v.is_number() ? int(v.get<double>()) : spin->minimum());
            });
            return spin;
        }
    case PropertyKind::Number: {
        auto* spin = new QDoubleSpinBox(m_formHost);
        spin->setRange(spec.minimum.value_or(0), spec.maximum.value_or(1e12));
        spin->setDecimals(2);
        spin->setKeyboardTracking(false);
        connect(spin, &QDoubleSpinBox::valueChanged, this, [this, key](double v) { commit(key, v); });
        addRow(label, key, spin, help, [spin, effective] {
            const Json v = effective();
            spin->setValue(v.is_number() ? v.get<double>() : spin->minimum());
        });
        return spin;
    }
    case PropertyKind::String:
    case PropertyKind::Cidr:
    case PropertyKind::Domain:
    case PropertyKind::Email: {
        const auto check = [spec](const QString& text) { return Catalog::checkValue(spec, Json(text.toStdString())); };
        const auto current = [this, id, key] { return q(m_document->value(Target::Component, id, key)); };
        auto* edit = qobject_cast<QLineEdit*>(textEditor(key, check, jsonText(spec.defaultValue), current));
        addRow(label, key, edit, help, [edit, current] {
            edit->setText(current());
            setInvalid(edit, false);
        });
        return edit;
    }
    }
    return nullptr;
}

void PropertyPanel::buildConnection(const Connection& connection)
{
    const Design& design = m_document->design();
    const Catalog& catalog = m_document->catalog();
    const Component* from = design.component(connection.from);
    const Component* to = design.component(connection.to);
    m_title->setText(tr("Connection"));
    m_subtitle->setText(QStringLiteral("%1 → %2 · id <code>%3</code>")
                            .arg(from ? catalog.displayName(*from).toHtmlEscaped() : connection.from,
                                 to ? catalog.displayName(*to).toHtmlEscaped() : connection.to, connection.id.toHtmlEscaped()));
    const QString id = connection.id;
    auto* protocol = new QComboBox(m_formHost);
    for (const QString& p : Protocols::all())
        protocol->addItem(p, p);
    connect(protocol, &QComboBox::activated, this,
            [this, protocol](int index) { commit(QStringLiteral("protocol"), protocol->itemData(index).toString().toStdString()); });
    addRow(tr("Protocol"), QStringLiteral("protocol"), protocol,
           tr("https, http, tcp, postgres carry traffic; aws-api is a call to an AWS API; dns and tls are associations"),
           [this, protocol, id] { protocol->setCurrentIndex(protocol->findData(q(m_document->value(Target::Connection, id, QStringLiteral("protocol"))))); });

    auto* port = new QSpinBox(m_formHost);
    port->setRange(0, 65535);
    port->setKeyboardTracking(false);
    connect(port, &QSpinBox::valueChanged, this, [this](int v) { commit(QStringLiteral("port"), v == 0 ? Json() : Json(v)); });
    addRow(tr("Port"), QStringLiteral("port"), port, tr("0 = the protocol's default port"), [this, port, id] {
        const Connection* c = m_document->design().connection(id);
        if (!c)
            return;
        const std::optional<int> def = Protocols::defaultPort(c->protocol);
        port->setSpecialValueText(def ? tr("default (%1)").arg(*def) : tr("none"));
        port->setValue(c->port.value_or(0));
    });

    const auto current = [this, id] { return q(m_document->value(Target::Connection, id, QStringLiteral("label"))); };
    auto* label = qobject_cast<QLineEdit*>(textEditor(QStringLiteral("label"), nullptr, tr("protocol and port"), current));
    addRow(tr("Label"), QStringLiteral("label"), label, tr("Shown on the arrow instead of the protocol and port"),
           [label, current] { label->setText(current()); });
}

void PropertyPanel::buildDesign()
{
    const QString none;
    m_title->setText(tr("Design"));
    m_subtitle->setText(tr("Nothing selected: these settings apply to the whole design."));
    const auto setting = [this](const QString& key) { return m_document->value(Target::Design, {}, QStringLiteral("settings.") + key); };

    const auto currentName = [this] { return q(m_document->value(Target::Design, {}, QStringLiteral("name"))); };
    auto* name = qobject_cast<QLineEdit*>(textEditor(QStringLiteral("name"), nullptr, tr("Design name"), currentName));
    addRow(tr("Name"), QStringLiteral("name"), name, tr("The design's title"), [name, currentName] { name->setText(currentName()); });

    auto* region = new QComboBox(m_formHost);
    for (const QString& code : Regions::all())
        region->addItem(QStringLiteral("%1 — %2").arg(code, Regions::displayName(code)), code);
    connect(region, &QComboBox::activated, this,
            [this, region](int index) { commit(QStringLiteral("region"), region->itemData(index).toString().toStdString()); });
    addRow(tr("Region"), QStringLiteral("region"), region, tr("The AWS region everything regional is deployed to"),
           [this, region] { region->setCurrentIndex(region->findData(q(m_document->value(Target::Design, {}, QStringLiteral("region"))))); });

    auto* environment = new QComboBox(m_formHost);
    // The stored values stay English (they are the file format); only their labels are translated.
    for (const auto& [value, label] : {std::pair{QStringLiteral("production"), tr("production")},
                                       std::pair{QStringLiteral("staging"), tr("staging")},
                                       std::pair{QStringLiteral("development"), tr("development")}})
        environment->addItem(label, value);
    connect(environment, &QComboBox::activated, this, [this, environment](int index) {
        commit(QStringLiteral("settings.environment"), environment->itemData(index).toString().toStdString());
    });
    addRow(tr("Environment"), QStringLiteral("settings.environment"), environment,
           tr("Development designs may trade resilience for cost"),
           [this, environment] { environment->setCurrentIndex(environment->findData(DesignSettings::environment(m_document->design()))); });

    auto* users = new QSpinBox(m_formHost);
    users->setRange(0, 1'000'000'000);
    users->setKeyboardTracking(false);
    users->setGroupSeparatorShown(true);
    connect(users, &QSpinBox::valueChanged, this, [this](int v) { commit(QStringLiteral("settings.expected_daily_users"), v); });
    addRow(tr("Daily users"), QStringLiteral("settings.expected_daily_users"), users, tr("Expected users per day (sizing and cost)"),
           [this, users] { users->setValue(DesignSettings::expectedDailyUsers(m_document->design())); });

    auto* rps = new QDoubleSpinBox(m_formHost);
    rps->setRange(0, 1e9);
    rps->setDecimals(1);
    rps->setKeyboardTracking(false);
    connect(rps, &QDoubleSpinBox::valueChanged, this, [this](double v) { commit(QStringLiteral("settings.peak_requests_per_second"), v); });
    addRow(tr("Peak requests/s"), QStringLiteral("settings.peak_requests_per_second"), rps, tr("Peak requests per second"),
           [this, rps] { rps->setValue(DesignSettings::peakRequestsPerSecond(m_document->design())); });

    for (const auto& [key, label, help] : {std::tuple{QStringLiteral("app_domain"), tr("App domain"), tr("The front end's DNS name")},
                                           std::tuple{QStringLiteral("api_domain"), tr("API domain"), tr("The API's DNS name")}}) {
        const QString full = QStringLiteral("settings.") + key;
        const auto check = [key](const QString& text) { return DesignSettings::checkValue(key, Json(text.toStdString())); };
        const auto current = [setting, key] { return q(setting(key)); };
        auto* edit = qobject_cast<QLineEdit*>(textEditor(full, check, none, current));
        addRow(label, full, edit, help, [edit, current] {
            edit->setText(current());
            setInvalid(edit, false);
        });
    }
    Q_UNUSED(none);
}

} // namespace sky
