#include "exporters/docs/SecurityPostureSection.h"

namespace sky {

QString SecurityPostureSection::markdown(const DocContext& context) const
{
    // PLACEHOLDER until the validator library lands: the lead swaps this class for one that
    // lists the findings, the suppressions and the rules that pass.
    if (context.spanish())
        return QStringLiteral("## Postura de seguridad\n\n> **Pendiente.** Esta sección la generará el validador de "
                              "Skyforge; por ahora, los hallazgos, las supresiones aceptadas y las reglas que se "
                              "cumplen se obtienen con `skyforge check FICHERO` (`--format sarif` para GitHub code "
                              "scanning).\n\n");
    return QStringLiteral("## Security posture\n\n> **Placeholder.** This section will be produced by Skyforge's "
                          "validator; for now the findings, the accepted suppressions and the rules that pass come "
                          "from `skyforge check FILE` (`--format sarif` for GitHub code scanning).\n\n");
}

} // namespace sky
