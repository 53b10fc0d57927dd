#include "exporters/docs/CostSection.h"

namespace sky {

QString CostSection::markdown(const DocContext& context) const
{
    // PLACEHOLDER until the cost engine lands: the lead swaps this class for one that writes the
    // monthly estimate, the growth table and the optimisations for the first months.
    if (context.spanish())
        return QStringLiteral("## Coste\n\n> **Pendiente.** Esta sección la generará el motor de costes de "
                              "Skyforge; por ahora, la estimación mensual y sus supuestos se obtienen con "
                              "`skyforge cost FICHERO` (`--users N` para ver el crecimiento).\n\n");
    return QStringLiteral("## Cost\n\n> **Placeholder.** This section will be produced by Skyforge's cost engine; for "
                          "now the monthly estimate and its assumptions come from `skyforge cost FILE` (`--users N` "
                          "to see growth).\n\n");
}

} // namespace sky
