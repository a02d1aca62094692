#include "models/client/contentdecoder.h"

#include <zlib.h>

struct ContentDecoder::Inflater
{
    z_stream stream {};
    bool ready = false;

    Inflater()
    {
        // windowBits 15 + 32: a gzip or a zlib header, told apart by its first bytes
        // ("deflate" in HTTP means the zlib format, RFC 9110 8.4.1.2).
        ready = inflateInit2(&stream, 15 + 32) == Z_OK;
    }
    ~Inflater()
    {
        if (ready)
            inflateEnd(&stream);
    }
};

ContentDecoder::ContentDecoder(QByteArrayView contentEncoding, qint64 maxDecodedBytes)
    : m_maxDecodedBytes(maxDecodedBytes)
{
    const QByteArray encoding = contentEncoding.trimmed().toByteArray().toLower();
    if (encoding.isEmpty() || encoding == "identity")
        return;
    m_encoded = true;
    if (encoding != "gzip" && encoding != "x-gzip" && encoding != "deflate") {
        m_status = Status::Unsupported;
        return;
    }
    m_inflater = std::make_unique<Inflater>();
    if (!m_inflater->ready)
        m_status = Status::Corrupt;
}

ContentDecoder::~ContentDecoder() = default;

bool ContentDecoder::feed(QByteArrayView encoded, QByteArray &out)
{
    if (m_status != Status::Ok)
        return false;
    if (!m_encoded) {
        out.append(encoded);
        return out.size() <= m_maxDecodedBytes || fail(Status::TooLarge);
    }
    if (encoded.isEmpty())
        return true;
    if (m_ended)
        return fail(Status::Corrupt); // bytes after the end of the stream
    m_started = true;
    z_stream &stream = m_inflater->stream;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(encoded.data()));
    stream.avail_in = uInt(encoded.size());
    char buffer[64 * 1024];
    while (stream.avail_in > 0 && !m_ended) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        const int result = inflate(&stream, Z_NO_FLUSH);
        if (result != Z_OK && result != Z_STREAM_END && result != Z_BUF_ERROR)
            return fail(Status::Corrupt);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
        if (out.size() > m_maxDecodedBytes)
            return fail(Status::TooLarge);
        if (result == Z_STREAM_END)
            m_ended = true;
        else if (result == Z_BUF_ERROR)
            break; // no progress possible: needs more input
    }
    if (m_ended && stream.avail_in > 0)
        return fail(Status::Corrupt);
    return true;
}

bool ContentDecoder::finish()
{
    if (m_status != Status::Ok)
        return false;
    if (m_encoded && m_started && !m_ended)
        return fail(Status::Corrupt);
    return true;
}
