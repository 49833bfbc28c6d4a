package vn.dang.chidao.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.dang.chidao.directive.RecipientStatus.ACCEPTED;
import static vn.dang.chidao.directive.RecipientStatus.ACKNOWLEDGED;
import static vn.dang.chidao.directive.RecipientStatus.DISPATCHED;
import static vn.dang.chidao.directive.RecipientStatus.DRAFT;
import static vn.dang.chidao.directive.RecipientStatus.REPORTED;
import static vn.dang.chidao.directive.RecipientStatus.RETURNED;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class RecipientStatusTest {

    @Test
    void aUnitMovesOnlyAlongItsWork() {
        assertThat(DRAFT.moveTo(DISPATCHED)).isEqualTo(DISPATCHED);
        assertThat(DISPATCHED.moveTo(ACKNOWLEDGED)).isEqualTo(ACKNOWLEDGED);
        assertThat(ACKNOWLEDGED.moveTo(REPORTED)).isEqualTo(REPORTED);
        assertThat(REPORTED.moveTo(RETURNED)).isEqualTo(RETURNED);
        assertThat(RETURNED.moveTo(REPORTED)).isEqualTo(REPORTED);
        assertThat(REPORTED.moveTo(ACCEPTED)).isEqualTo(ACCEPTED);
        assertThat(ACCEPTED.next()).isEmpty();
    }

    @Test
    void anIllegalMoveIsRefused() {
        assertThatThrownBy(() -> DISPATCHED.moveTo(REPORTED)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("DISPATCHED").hasMessageContaining("REPORTED");
        assertThatThrownBy(() -> ACCEPTED.moveTo(RETURNED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ACKNOWLEDGED.moveTo(ACKNOWLEDGED)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DRAFT.moveTo(ACCEPTED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSourcesOfAMoveAreWhatTheStoredUpdatesAccept() {
        assertThat(RecipientStatus.sourcesOf(REPORTED)).isEqualTo(EnumSet.of(ACKNOWLEDGED, RETURNED));
        assertThat(RecipientStatus.sourcesOf(ACKNOWLEDGED)).isEqualTo(EnumSet.of(DISPATCHED));
        assertThat(RecipientStatus.sourcesOf(ACCEPTED)).isEqualTo(EnumSet.of(REPORTED));
        assertThat(RecipientStatus.sourcesOf(DRAFT)).isEmpty();
        assertThat(EnumSet.allOf(RecipientStatus.class)).filteredOn(RecipientStatus::reportReceived)
                .containsExactly(REPORTED, ACCEPTED);
    }
}
