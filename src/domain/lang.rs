//! The language of messages: Chinese by default, English on request.

/// Language chosen for titles, details and issue messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Chinese (default).
    #[default]
    Zh,
    /// English, chosen when `Accept-Language` starts with `en`.
    En,
}

impl Lang {
    /// Picks the language from an `Accept-Language` header value: English when the first
    /// language range starts with `en`, Chinese otherwise.
    pub fn from_accept_language(value: Option<&str>) -> Lang {
        match value {
            Some(v)
                if v.trim_start()
                    .get(..2)
                    .is_some_and(|p| p.eq_ignore_ascii_case("en")) =>
            {
                Lang::En
            }
            _ => Lang::Zh,
        }
    }

    /// Chooses between a Chinese and an English text (or anything else given in both
    /// languages): the one place where the language is looked at.
    pub fn pick<T>(self, zh: T, en: T) -> T {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_only_when_asked_first() {
        assert_eq!(Lang::from_accept_language(None), Lang::Zh);
        assert_eq!(Lang::from_accept_language(Some("en")), Lang::En);
        assert_eq!(Lang::from_accept_language(Some("en-US,en;q=0.9")), Lang::En);
        assert_eq!(Lang::from_accept_language(Some("EN-gb")), Lang::En);
        assert_eq!(Lang::from_accept_language(Some("zh-CN,en;q=0.5")), Lang::Zh);
        assert_eq!(Lang::from_accept_language(Some("fr")), Lang::Zh);
        assert_eq!(Lang::from_accept_language(Some("e")), Lang::Zh);
        assert_eq!(Lang::from_accept_language(Some("")), Lang::Zh);
    }
}
