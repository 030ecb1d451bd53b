//! The regions an article names: every region hit kept after overlaps were
//! resolved, as Kemendagri codes, the country itself left out.

use super::article_context::ArticleContext;
use super::sink::Sink;

/// Pass: the code of every region the article names, once, in text order.
pub fn regions(context: &ArticleContext, sink: &mut Sink) {
    for hit in &context.region_hits {
        let code = context.region_code(hit.value);
        if code != "ID" && !sink.facts.regions.contains(&code) {
            sink.facts.regions.push(code);
        }
    }
}
