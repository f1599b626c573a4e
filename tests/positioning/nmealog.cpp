#include "nmealog.h"

#include <cmath>

namespace nmea {

namespace {

QByteArray degreesMinutes(double value, int degreeDigits)
{
    const double a = std::abs(value);
    const int degrees = int(a);
    const double minutes = (a - degrees) * 60.0;
    return QByteArray::number(degrees).rightJustified(degreeDigits, '0')
        + QByteArray::number(minutes, 'f', 4).rightJustified(7, '0');
}

QByteArray timeField(const QTime &t)
{
    return t.toString(QStringLiteral("HHmmss")).toLatin1() + '.'
        + QByteArray::number(t.msec() / 10).rightJustified(2, '0');
}

} // namespace

QByteArray sentence(const QByteArray &body)
{
    quint8 sum = 0;
    for (char c : body) {
        sum ^= quint8(c);
    }
    return '$' + body + '*' + QByteArray::number(sum, 16).toUpper().rightJustified(2, '0') + "\r\n";
}

QByteArray log(const QList<Fix> &fixes, QTime start, int stepMs)
{
    QByteArray out;
    QTime t = start;
    for (const Fix &f : fixes) {
        const QByteArray lat = degreesMinutes(f.latitude, 2) + (f.latitude >= 0 ? ",N" : ",S");
        const QByteArray lon = degreesMinutes(f.longitude, 3) + (f.longitude >= 0 ? ",E" : ",W");
        out += sentence("GPRMC," + timeField(t) + (f.valid ? ",A," : ",V,") + lat + ',' + lon
            + ",0.0,0.0,231126,,,A");
        out += sentence("GPGGA," + timeField(t) + ',' + lat + ',' + lon + (f.valid ? ",1,08," : ",0,00,")
            + QByteArray::number(f.hdop, 'f', 1) + ",2.0,M,47.0,M,,");
        t = t.addMSecs(stepMs);
    }
    return out;
}

} // namespace nmea
