#pragma once

// A minimal HTTP/1.1 responder on 127.0.0.1 for tests: one request per connection, answered from
// routes by path (the query ignored), 404 for any other path.

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace TestHttp {

struct Route
{
    int status = 200;
    QByteArray contentType = "image/png";
    QByteArray body;
    int delayMs = 0;        // answer this late (the event loop keeps running)
    bool sendLength = true; // false: no Content-Length, the body ends when the connection closes
    QByteArray location;    // a redirect's Location header
};
using Routes = QHash<QString, Route>;

class LocalHttpServer final : public QObject
{
public:
    LocalHttpServer() { connect(&m_server, &QTcpServer::newConnection, this, &LocalHttpServer::accept); }

    bool listen(quint16 port = 0) { return m_server.listen(QHostAddress::LocalHost, port); }
    // Another loopback address (127.x.y.z), e.g. to serve port 80 without meeting anyone else there.
    bool listen(const QHostAddress &address, quint16 port) { return m_server.listen(address, port); }
    void close() { m_server.close(); }
    quint16 port() const { return m_server.serverPort(); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    void setRoutes(const Routes &routes) { m_routes = routes; }
    int requests() const { return m_requests; }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        }
    }

    void read(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (buffer.startsWith('\x16')) { // a TLS handshake: this server speaks plain HTTP only
            m_buffers.remove(socket);
            socket->abort();
            return;
        }
        if (!buffer.contains("\r\n\r\n"))
            return;
        const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
        m_buffers.remove(socket);
        ++m_requests;
        QString path = requestLine.size() >= 2 ? QString::fromLatin1(requestLine.at(1)) : QString();
        path = path.left(path.indexOf(QLatin1Char('?')));
        const Route route = m_routes.value(path, Route{404, "text/html", "not found\n", 0, true, {}});
        const QPointer<QTcpSocket> guarded(socket);
        const auto respond = [guarded, route] {
            if (!guarded || guarded->state() != QAbstractSocket::ConnectedState)
                return;
            QByteArray response = "HTTP/1.1 " + QByteArray::number(route.status) +
                                  (route.status == 404 ? " Not Found\r\n" : " Status\r\n");
            if (!route.location.isEmpty())
                response += "Location: " + route.location + "\r\n";
            if (!route.contentType.isEmpty())
                response += "Content-Type: " + route.contentType + "\r\n";
            if (route.sendLength)
                response += "Content-Length: " + QByteArray::number(route.body.size()) + "\r\n";
            response += "Connection: close\r\n\r\n" + route.body;
            guarded->write(response);
            guarded->disconnectFromHost();
        };
        if (route.delayMs > 0)
            QTimer::singleShot(route.delayMs, socket, respond);
        else
            respond();
    }

    QTcpServer m_server;
    Routes m_routes;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    int m_requests = 0;
};

} // namespace TestHttp
