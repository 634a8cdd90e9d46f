//! Table definitions, written by hand for both backends (the migrations keep them in step).

diesel::table! {
    /// Administrative divisions (GB/T 2260); the 14 Hunan prefectures are built in.
    regions (code) {
        /// Six-digit division code.
        code -> Text,
        /// Full name, e.g. 湘西土家族苗族自治州.
        name -> Text,
        /// Short name, e.g. 湘西州.
        short_name -> Text,
    }
}
