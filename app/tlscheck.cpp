#include "app/tlscheck.h"

#include <QApplication>
#include <QMessageBox>
#include <QSslSocket>
#include <QTextStream>
#include <QTimer>

QString tlsProblem()
{
    if (QSslSocket::supportsSsl())
        return {};
    const QString backends = QSslSocket::availableBackends().join(QStringLiteral(", "));
    return QCoreApplication::translate("main",
        "TLS is not available (Qt TLS backends: %1): connections to "
        "https:// tenants will fail; the demo still works. Reinstall "
        "the console, or install OpenSSL 3.")
        .arg(backends.isEmpty() ? QCoreApplication::translate("main", "none") : backends);
}

void warnIfTlsMissing(bool inWindow)
{
    const QString problem = tlsProblem();
    if (problem.isEmpty())
        return;
    QTextStream(stderr) << QCoreApplication::applicationName() << ": " << problem << Qt::endl;
    if (!inWindow)
        return;
    QTimer::singleShot(0, qApp, [problem] {
        auto *box = new QMessageBox(QMessageBox::Warning,
            QCoreApplication::translate("main", "TLS is not available"), problem, QMessageBox::Ok,
            QApplication::activeWindow());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
}
