#include "models/itemmodels/pagecache.h"

bool PageCache::contains(int pagesize, int pagenum) const
{
    return m_pages.contains(key(pagesize, pagenum));
}

CachedPage PageCache::page(int pagesize, int pagenum) const
{
    return m_pages.value(key(pagesize, pagenum));
}

void PageCache::insert(int pagesize, int pagenum, const CachedPage &page)
{
    m_pages.insert(key(pagesize, pagenum), page);
}

void PageCache::clear()
{
    m_pages.clear();
}

int PageCache::size() const
{
    return int(m_pages.size());
}

quint64 PageCache::key(int pagesize, int pagenum)
{
    return (quint64(quint32(pagesize)) << 32) | quint32(pagenum);
}
