#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

/**
 * Decodes an HTTP body's Content-Encoding as it arrives: identity, gzip or deflate (RFC 9110
 * 8.4.1), with a cap on the decoded size.
 *
 * Qt's transparent decoding hides what matters here: it drops Content-Length, so a body cut
 * short inside the compressed stream reads as complete, and it refuses a large expansion
 * with a content error that carries no body. The console therefore asks for gzip itself
 * (see HttpExchange::prepareRequest()) and decodes here, where the decoded size counts
 * against the cap and an incomplete or corrupt stream is an error.
 */
class ContentDecoder
{
public:
    enum class Status {
        Ok,
        TooLarge, ///< the decoded body passed the cap
        Corrupt, ///< the encoded bytes are not a valid stream (or data follows its end)
        Unsupported, ///< a Content-Encoding we did not ask for
    };

    /// A decoder for the response header @p contentEncoding (empty means identity).
    ContentDecoder(QByteArrayView contentEncoding, qint64 maxDecodedBytes);
    ~ContentDecoder();
    ContentDecoder(const ContentDecoder &) = delete;
    ContentDecoder &operator=(const ContentDecoder &) = delete;

    /// Whether the body is encoded at all (not identity).
    bool isEncoded() const { return m_encoded; }

    /// Decodes @p encoded onto @p out; false (and status() says why) on an error. The cap
    /// is checked as the output grows, so a bomb never inflates far past it.
    bool feed(QByteArrayView encoded, QByteArray &out);

    /// At the end of the body: false when the encoded stream stopped before its end. An
    /// empty body (a 204 or 304 may name an encoding) is complete.
    bool finish();

    Status status() const { return m_status; }

private:
    struct Inflater;

    bool fail(Status status)
    {
        m_status = status;
        return false;
    }

    qint64 m_maxDecodedBytes;
    bool m_encoded = false;
    bool m_ended = false;
    bool m_started = false; ///< some encoded bytes arrived
    Status m_status = Status::Ok;
    std::unique_ptr<Inflater> m_inflater;
};
