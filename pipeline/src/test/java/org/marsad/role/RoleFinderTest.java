package org.marsad.role;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.Samples;
import org.marsad.document.Document;
import org.marsad.document.EntityType;
import org.marsad.document.Mention;

class RoleFinderTest {

    private static Map<String, String> roles(String text) {
        Document doc = Samples.pipeline().annotate(Document.builder(text).id("t").build());
        return doc.mentions().stream().filter(m -> m.type() == EntityType.PERSON)
                .collect(Collectors.toMap(m -> doc.text(m.span()), m -> String.valueOf(m.role())));
    }

    @Test
    void titlesBeforeAPersonBecomeItsRoleNotPartOfItsName() {
        Map<String, String> roles = roles("وقال رئيس الوزراء العراقي مصطفى الكاظمي إن وزير الخارجية الأمريكي أنتوني بلينكن "
                + "سيلتقي نظيره العراقي فؤاد حسين، بحضور الأمين العام لعصائب أهل الحق قيس الخزعلي.");
        assertThat(roles).containsEntry("مصطفى الكاظمي", "رئيس الوزراء العراقي")
                .containsEntry("أنتوني بلينكن", "وزير الخارجية الأمريكي")
                .containsEntry("فؤاد حسين", "نظيره العراقي")
                .containsEntry("قيس الخزعلي", "الأمين العام لعصائب أهل الحق");
    }

    @Test
    void aTitleDoesNotReachAcrossAnotherPersonOrAVerb() {
        Map<String, String> roles = roles("التقى وزير الخارجية الأمريكي أنتوني بلينكن مع فؤاد حسين. وأكد بايدن ذلك.");
        assertThat(roles).containsEntry("فؤاد حسين", "null").containsEntry("بايدن", "null");
    }

    @Test
    void onlyPersonsGetRoles() {
        Document doc = Samples.pipeline().annotate(Document.builder("وصل رئيس الوفد إلى بغداد.").id("t").build());
        assertThat(doc.mentions()).extracting(Mention::role).containsOnlyNulls();
    }
}
