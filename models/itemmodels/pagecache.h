#pragma once

#include "models/core/orchestration.h"
#include "models/core/orchestrationpage.h"

#include <QHash>
#include <QList>

/// One page as the loader keeps it: its records and what its paginationInfo said.
struct CachedPage
{
    QList<Orchestration> records;
    PaginationInfo pagination;
    QList<ValidationWarning> warnings; ///< page-level (e.g. paginationInfo missing)
    bool noContent = false;
};

/**
 * Pages already fetched, keyed by the page size asked for and the page number, so turning
 * back to a page (at the same page size) needs no request. Records are implicitly shared
 * with the rows shown, so a cached page costs little more than its list.
 */
class PageCache
{
public:
    bool contains(int pagesize, int pagenum) const;
    /// The cached page; a default CachedPage when absent.
    CachedPage page(int pagesize, int pagenum) const;
    void insert(int pagesize, int pagenum, const CachedPage &page);
    void clear();
    /// Pages held, over every page size.
    int size() const;

private:
    static quint64 key(int pagesize, int pagenum);
    QHash<quint64, CachedPage> m_pages;
};
