#pragma once

// Two tenants on loopback, as staging and production are: two simulators, each with its own
// client secret and data. Production holds staging's orchestrations under other ids (as a
// second tenant does), with known differences: one description changed, one orchestration
// gone, one new; optionally one name carried twice.

#include "models/connections/connectionprofile.h"
#include "models/connections/profilestore.h"
#include "sim/dataset.h"
#include "sim/hubsimulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

namespace testsupport {

struct TwoTenants
{
    static constexpr int kCount = 40;
    static constexpr int kChanged = 5; ///< staging index whose description production changed
    static constexpr int kRemoved = 9; ///< staging index production lacks
    static constexpr int kTwin = 12; ///< production's copy of it is renamed to kChanged's name
    inline static const QString kStagingSecret = QStringLiteral("staging-secret");
    inline static const QString kProductionSecret = QStringLiteral("production-secret");
    inline static const QString kAddedName = QStringLiteral("only in production");

    hubsim::Dataset stagingData;
    hubsim::Dataset productionData;
    std::unique_ptr<hubsim::HubSimulator> staging;
    std::unique_ptr<hubsim::HubSimulator> production;
    ConnectionProfile stagingProfile;
    ConnectionProfile productionProfile;

    /// The id production gives staging's record @p index.
    static QString productionId(int index)
    {
        return QStringLiteral("eeeeeeee-0000-4000-8000-%1").arg(index, 12, 10, QLatin1Char('0'));
    }

    QString stagingId(int index) const
    {
        return QJsonDocument::fromJson(stagingData.record(index))
            .object()
            .value(QLatin1String("id"))
            .toString();
    }
    QString stagingName(int index) const
    {
        return QJsonDocument::fromJson(stagingData.record(index))
            .object()
            .value(QLatin1String("name"))
            .toString();
    }

    /// Starts both; @p twinName: production carries kChanged's name twice.
    bool start(QString *error, bool twinName = false)
    {
        stagingData = hubsim::Dataset::generate(7, kCount);
        QList<QByteArray> records;
        for (int i = 0; i < stagingData.size(); ++i) {
            if (i == kRemoved)
                continue;
            QJsonObject object = QJsonDocument::fromJson(stagingData.record(i)).object();
            object.insert(QStringLiteral("id"), productionId(i));
            if (i == kChanged)
                object.insert(
                    QStringLiteral("description"), QStringLiteral("changed in production"));
            if (twinName && i == kTwin)
                object.insert(QStringLiteral("name"), stagingName(kChanged));
            records.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
        }
        records.append(QJsonDocument(
            QJsonObject {{QStringLiteral("id"), productionId(900)},
                {QStringLiteral("name"), kAddedName},
                {QStringLiteral("active"),
                    true}}).toJson(QJsonDocument::Compact));
        const auto data = hubsim::Dataset::fromJson('[' + records.join(',') + ']', error);
        if (!data)
            return false;
        productionData = *data;
        staging = startOne(stagingData, kStagingSecret, error);
        production = staging ? startOne(productionData, kProductionSecret, error) : nullptr;
        if (!production)
            return false;
        stagingProfile = profileFor(QStringLiteral("Staging"), *staging);
        productionProfile = profileFor(QStringLiteral("Production"), *production);
        return true;
    }

    /// Saves both profiles in @p store (which gives them their ids).
    bool saveProfiles(ProfileStore &store)
    {
        QList<ProfileProblem> problems;
        return store.add(stagingProfile, &problems) && store.add(productionProfile, &problems)
            && store.sync();
    }

private:
    static std::unique_ptr<hubsim::HubSimulator> startOne(
        const hubsim::Dataset &data, const QString &secret, QString *error)
    {
        hubsim::SimulatorConfig config;
        config.clients = {{QString(hubsim::kDemoClientId), secret, {QString(hubsim::kReadScope)}}};
        auto sim = std::make_unique<hubsim::HubSimulator>(config, data);
        if (!sim->listen(error))
            return nullptr;
        return sim;
    }

    static ConnectionProfile profileFor(const QString &name, const hubsim::HubSimulator &sim)
    {
        ConnectionProfile profile;
        profile.name = name;
        profile.connection.baseUrl = sim.baseUrl();
        profile.connection.tokenUrl = sim.tokenUrl();
        profile.connection.clientId = QString(hubsim::kDemoClientId);
        profile.defaultPageSize = 10; // several pages per tenant
        return profile;
    }
};

} // namespace testsupport
