package org.casemgmt.intake.client;

import java.util.Map;
import java.util.function.UnaryOperator;

import org.casemgmt.platform.privacy.PersonalDataCipher;
import org.casemgmt.platform.privacy.PersonalTextEncryption;
import org.springframework.stereotype.Component;

import static org.casemgmt.platform.privacy.StoredTexts.child;
import static org.casemgmt.platform.privacy.StoredTexts.each;
import static org.casemgmt.platform.privacy.StoredTexts.text;

/**
 * A client's names, birth date, identifier values, contact details, preferred language and residency area are
 * encrypted under the client's own id. The residency area is free text a case worker writes (a district, but as
 * easily a street), and eligibility reads it only while the client is known; what statistics keep of it after an
 * erasure is the intakes' eligibility results (docs/security.md). Identifier types stay readable: they say which
 * kind of number, not whose.
 */
@Component
class ClientEncryption extends PersonalTextEncryption {

    ClientEncryption(PersonalDataCipher cipher) {
        super(cipher, "clients", "_id");
    }

    @Override
    protected void rewriteTexts(Map<String, Object> client, UnaryOperator<String> change) {
        text(client, "givenName", change);
        text(client, "familyName", change);
        text(client, "birthDate", change);
        text(client, "preferredLanguage", change);
        text(client, "residencyArea", change);
        each(client, "identifiers", identifier -> text(identifier, "value", change));
        Map<String, Object> contact = child(client, "contact");
        text(contact, "phone", change);
        text(contact, "email", change);
        text(contact, "postalAddress", change);
    }
}
