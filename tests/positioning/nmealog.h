// Builds NMEA 0183 logs (RMC + GGA per fix, with checksums) like a phone's GNSS chip
// writes them, for replay through QNmeaPositionInfoSource.
#pragma once

#include <QByteArray>
#include <QTime>

namespace nmea {

struct Fix
{
    double latitude;
    double longitude;
    double hdop = 1.0; // horizontal dilution of precision; accuracy = hdop x UERE
    bool valid = true; // false: receiver has no fix (RMC status V, GGA quality 0)
};

QByteArray sentence(const QByteArray &body); // adds $, *checksum and CRLF
QByteArray log(const QList<Fix> &fixes, QTime start = QTime(8, 15, 0), int stepMs = 100);

} // namespace nmea
