#include "demoinduction.h"

#include "demodata.h"
#include "domain.h"
#include "rows.h"

namespace kl::demo {

Result<int> populateInductionPath(Database &db)
{
    struct StepSpec
    {
        const char *target; // a demo key: "fn:..." for a function, "org:..." for an organisation
        const char *why;
    };
    static const StepSpec kSteps[] = {
        { "fn:cjg-smw", "Bel hier als je je zorgen maakt over de thuissituatie van een leerling" },
        { "fn:logo", "Bel hier als een leerling moeite heeft met praten, verstaan of stotteren" },
        { "fn:gemeente-lpa", "Bel hier als een leerling vaak verzuimt of ouders verlof buiten de vakanties vragen" },
        { "fn:vt-advies", "Bel hier als je twijfelt of je de meldcode moet volgen en advies wilt" },
        { "fn:cjg-jvk", "Bel hier bij vragen over slapen, eten, zindelijkheid of groei" },
        { "fn:swv-adv", "Bel hier als een leerling meer ondersteuning nodig heeft dan de klas kan bieden" },
        { "org:kikker", "Bel hier voor de warme overdracht van peuters en wie een leerling ophaalt voor de BSO" },
        { "fn:wijkagent", "Bel hier als er iets onveiligs gebeurt rond de school of op het plein" },
        { "fn:bieb-lc", "Bel hier voor een boekenkist, leesbevordering en de voorleeswedstrijd" },
        { "fn:buurtsport", "Bel hier voor naschools sportaanbod en het schoolsporttoernooi" },
    };
    int order = 0;
    for (const StepSpec &s : kSteps) {
        const QString key = QString::fromUtf8(s.target);
        const bool organisation = key.startsWith(QLatin1String("org:"));
        const QVariantMap fields {
            { QStringLiteral("target_kind"), targetKindKey(organisation ? TargetKind::Organisation : TargetKind::Function) },
            { QStringLiteral("target_id"), DemoData::idFor(key) },
            { QStringLiteral("why"), QString::fromUtf8(s.why) },
            { QStringLiteral("sort_order"), ++order },
        };
        if (auto r = rows::insertNew(db, QStringLiteral("induction_steps"), DemoData::idFor(QStringLiteral("step:") + key), fields); !r) {
            return r.error();
        }
    }
    return order;
}

} // namespace kl::demo
