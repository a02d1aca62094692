#pragma once

#include "models/core/exportdocument.h"
#include "models/itemmodels/orchestrationfiltermodel.h"
#include "models/itemmodels/viewexport.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

class QCommandLineParser;

/**
 * The main window's view, on the command line of `orchestration-console export`:
 * --filter TEXT (the window's search), --active yes|no and --columns KEY,... (the visible
 * columns only, as flat objects keyed by ViewColumns keys, in the order given). The records
 * go through the window's own filter model, so the file holds what the window would show.
 */
struct ExportViewOptions
{
    QString filterText;
    OrchestrationFilterModel::ActiveFilter active = OrchestrationFilterModel::ActiveFilter::All;
    QList<int> columns; ///< empty: full records

    bool filters() const;

    /// The options to add to the export's parser.
    static QList<QCommandLineOption> commandLineOptions();
    /// Reads them from @p parser (after parse()); false with a usage message in @p error.
    static bool read(const QCommandLineParser &parser, ExportViewOptions *options, QString *error);

    /// What the file holds of @p records (one page at a time will do: nothing here sorts):
    /// those the filter lets through, turned into columns when asked.
    QList<Orchestration> select(const QList<Orchestration> &records) const;
    /// Says in @p info's extra members what select() did ("filter", "content", "columns").
    /// Nothing when no option was given.
    void describeIn(ExportInfo &info) const;

private:
    ViewFilter viewFilter() const;
};
