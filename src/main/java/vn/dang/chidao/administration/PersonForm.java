package vn.dang.chidao.administration;

import java.util.List;

/** A new person: their sign-in id, name, e-mail, first password, and the unit and roles they start with. */
public record PersonForm(String id, String firstName, String lastName, String email, String password,
                         String unitCode, List<String> roles) {
}
