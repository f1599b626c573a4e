#include "davrequest.h"

#include <QXmlStreamReader>

namespace kl::server::dav {

namespace {

// Reads a whole document into a small tree (bounded by the limits above), refusing what
// could make a parser do more than read: DTDs and entities.
struct Node
{
    QString ns;
    QString name;
    QString text;
    QList<std::pair<QString, QString>> attributes; // local name -> value
    QList<Node> children;

    [[nodiscard]] bool is(QLatin1String n, QLatin1String local) const { return ns == n && name == local; }
    [[nodiscard]] const Node *child(QLatin1String n, QLatin1String local) const
    {
        for (const Node &c : children) {
            if (c.is(n, local)) {
                return &c;
            }
        }
        return nullptr;
    }
    [[nodiscard]] QString attribute(const char *local) const
    {
        for (const auto &[k, v] : attributes) {
            if (k == QLatin1String(local)) {
                return v;
            }
        }
        return {};
    }
};

std::optional<Node> readTree(const QByteArray &body, ParseError *error)
{
    auto fail = [&](const QString &message) {
        error->message = message;
        return std::optional<Node>();
    };
    if (body.size() > kMaxBodyBytes) {
        return fail(QStringLiteral("the request body is larger than %1 bytes").arg(kMaxBodyBytes));
    }
    QXmlStreamReader xml(body);
    QList<Node> stack;
    std::optional<Node> root;
    int elements = 0;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            return fail(QStringLiteral("document type declarations are not accepted"));
        case QXmlStreamReader::EntityReference:
            return fail(QStringLiteral("entity references are not accepted"));
        case QXmlStreamReader::StartElement: {
            if (++elements > kMaxElements || stack.size() >= kMaxDepth) {
                return fail(QStringLiteral("the request has too many or too deeply nested elements"));
            }
            if (root) {
                return fail(QStringLiteral("more than one root element"));
            }
            Node n { xml.namespaceUri().toString(), xml.name().toString(), {}, {}, {} };
            for (const QXmlStreamAttribute &a : xml.attributes()) {
                n.attributes.append({ a.name().toString(), a.value().toString() });
            }
            stack.append(std::move(n));
            break;
        }
        case QXmlStreamReader::Characters:
            if (!stack.isEmpty()) {
                stack.last().text += xml.text();
            }
            break;
        case QXmlStreamReader::EndElement: {
            Node done = stack.takeLast();
            done.text = done.text.trimmed();
            if (stack.isEmpty()) {
                root = std::move(done);
            } else {
                stack.last().children.append(std::move(done));
            }
            break;
        }
        default:
            break;
        }
    }
    if (xml.hasError()) {
        return fail(QStringLiteral("the XML is not well-formed: %1").arg(xml.errorString()));
    }
    if (!root) {
        return fail(QStringLiteral("the body holds no XML element"));
    }
    return root;
}

void readProps(const Node &prop, DavRequest *r)
{
    for (const Node &p : prop.children) {
        r->props.append(PropName { p.ns, p.name });
        if (p.is(kCardDav, QLatin1String("address-data"))) {
            // RFC 6352 10.4: text/vcard 3.0 unless the client names another version.
            r->addressDataVersion = p.attribute("version") == QLatin1String("4.0") ? VCardVersion::V4 : VCardVersion::V3;
        }
    }
}

} // namespace

bool DavRequest::wants(QLatin1String ns, QLatin1String name) const
{
    if (kind == Kind::AllProp) {
        return true;
    }
    for (const PropName &p : props) {
        if (p.ns == ns && p.name == name) {
            return true;
        }
    }
    return false;
}

std::optional<DavRequest> parsePropFind(const QByteArray &body, ParseError *error)
{
    DavRequest r;
    if (body.trimmed().isEmpty()) {
        return r;
    }
    const auto root = readTree(body, error);
    if (!root) {
        return std::nullopt;
    }
    if (!root->is(kDav, QLatin1String("propfind"))) {
        error->message = QStringLiteral("a PROPFIND body is a DAV:propfind element");
        return std::nullopt;
    }
    if (const Node *prop = root->child(kDav, QLatin1String("prop"))) {
        r.kind = DavRequest::Kind::PropFind;
        readProps(*prop, &r);
    } else if (root->child(kDav, QLatin1String("propname"))) {
        r.kind = DavRequest::Kind::PropNames;
    } else if (root->child(kDav, QLatin1String("allprop"))) {
        r.kind = DavRequest::Kind::AllProp;
    } else {
        error->message = QStringLiteral("DAV:propfind needs prop, propname or allprop");
        return std::nullopt;
    }
    return r;
}

std::optional<DavRequest> parseReport(const QByteArray &body, ParseError *error)
{
    const auto root = readTree(body, error);
    if (!root) {
        return std::nullopt;
    }
    DavRequest r;
    r.kind = DavRequest::Kind::PropFind;
    if (const Node *prop = root->child(kDav, QLatin1String("prop"))) {
        readProps(*prop, &r);
    } else if (root->child(kDav, QLatin1String("allprop"))) {
        r.kind = DavRequest::Kind::AllProp;
    }
    const bool all = r.kind == DavRequest::Kind::AllProp;
    if (root->is(kCardDav, QLatin1String("addressbook-multiget"))) {
        r.kind = DavRequest::Kind::Multiget;
        for (const Node &c : root->children) {
            if (c.is(kDav, QLatin1String("href"))) {
                if (r.hrefs.size() >= kMaxHrefs) {
                    error->message = QStringLiteral("at most %1 hrefs in one multiget").arg(kMaxHrefs);
                    return std::nullopt;
                }
                r.hrefs << c.text;
            }
        }
    } else if (root->is(kDav, QLatin1String("sync-collection"))) {
        r.kind = DavRequest::Kind::SyncCollection;
        if (const Node *t = root->child(kDav, QLatin1String("sync-token"))) {
            r.syncToken = t->text;
        }
        if (const Node *l = root->child(kDav, QLatin1String("sync-level"))) {
            r.syncLevel = l->text;
        }
        if (const Node *limit = root->child(kDav, QLatin1String("limit"))) {
            if (const Node *n = limit->child(kDav, QLatin1String("nresults"))) {
                bool ok = false;
                r.limit = n->text.toInt(&ok);
                if (!ok || r.limit < 1) {
                    error->message = QStringLiteral("DAV:nresults must be a positive number");
                    return std::nullopt;
                }
            }
        }
    } else if (root->is(kCardDav, QLatin1String("addressbook-query"))) {
        r.kind = DavRequest::Kind::AddressbookQuery;
        const Node *filter = root->child(kCardDav, QLatin1String("filter"));
        r.hasFilter = filter && !filter->children.isEmpty();
    } else {
        error->message = QStringLiteral("unsupported report %1 %2").arg(root->ns, root->name);
        return std::nullopt;
    }
    if (all) {
        r.props = { PropName { QString(kDav), QStringLiteral("getetag") },
            PropName { QString(kCardDav), QStringLiteral("address-data") } };
        r.addressDataVersion = VCardVersion::V3;
    }
    return r;
}

} // namespace kl::server::dav
