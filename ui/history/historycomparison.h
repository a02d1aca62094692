#pragma once

#include "models/history/historystore.h"

#include <QMetaType>
#include <QString>

/// Two snapshots of one profile's history to compare, and the record to show first.
struct HistoryComparison
{
    QString folder; ///< the history folder (HistoryStore::folderFor())
    QString profileName;
    HistoryEntry older;
    HistoryEntry newer;
    QString focusId; ///< when set, only the orchestration with this id is compared
};

Q_DECLARE_METATYPE(HistoryComparison)
