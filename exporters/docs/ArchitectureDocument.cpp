#include "exporters/docs/ArchitectureDocument.h"

#include "exporters/diagram/DiagramExport.h"
#include "exporters/docs/ComponentsSection.h"
#include "exporters/docs/CostSection.h"
#include "exporters/docs/DecisionsSection.h"
#include "exporters/docs/DeployFlowSection.h"
#include "exporters/docs/DiagramSection.h"
#include "exporters/docs/OverviewSection.h"
#include "exporters/docs/RequestFlowsSection.h"
#include "exporters/docs/SecurityPostureSection.h"
#include "model/Catalog.h"
#include "model/Design.h"

namespace sky::ArchitectureDocument {

std::vector<std::unique_ptr<DocSection>> sections()
{
    std::vector<std::unique_ptr<DocSection>> list;
    list.push_back(std::make_unique<OverviewSection>());
    list.push_back(std::make_unique<DiagramSection>());
    list.push_back(std::make_unique<RequestFlowsSection>());
    list.push_back(std::make_unique<DeployFlowSection>());
    list.push_back(std::make_unique<DecisionsSection>());
    list.push_back(std::make_unique<SecurityPostureSection>());
    list.push_back(std::make_unique<CostSection>());           
    list.push_back(std::make_unique<ComponentsSection>());
    return list;
}

QString markdown(const Design& design, DocLanguage language)
{
    const DocContext context{design, Catalog::builtin(), language};
    QString out;
    for (const auto& section : sections())
        out += section->markdown(context);
    while (out.endsWith(QStringLiteral("\n\n")))
        out.chop(1);
    return out;
}

QMap<QString, QByteArray> files(const Design& design, DocLanguage language)
{
    DiagramOptions options;
    options.scale = 2;
    options.language = language == DocLanguage::Spanish ? DiagramRenderer::Language::Spanish
                                                        : DiagramRenderer::Language::English;
    const QByteArray png = DiagramExport::png(design, options);
    if (png.isEmpty())
        return {};
    return {{QStringLiteral("architecture.md"), markdown(design, language).toUtf8()},
            {QStringLiteral("diagram.png"), png}};
}

} // namespace sky::ArchitectureDocument
