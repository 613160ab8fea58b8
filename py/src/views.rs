//! The typed area views in Python: `report.dispute_resolution().reconsideration_accepted`,
//! built from the registry's field list ([`fazhi::concepts::view_fields`]), as in Rust.

use crate::convert::Fact;
use pyo3::exceptions::PyAttributeError;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// One area of a report as named fields: each the first level fact of its concept, or None
/// when the report does not state it (`report.dispute_resolution().reconsideration_accepted`).
/// `fields` names them; `to_dict()` gives them all.
#[pyclass(frozen, module = "fazhi._fazhi")]
pub struct AreaView {
    area: fazhi::Area,
    /// (field, concept id, fact) in the registry's order.
    fields: Vec<(&'static str, &'static str, Option<Py<PyAny>>)>,
}

impl AreaView {
    /// The view of `area`: `fact` finds the Python fact of a concept id.
    pub fn new<'py>(
        area: fazhi::Area,
        mut fact: impl FnMut(&str) -> PyResult<Option<Bound<'py, PyAny>>>,
    ) -> PyResult<AreaView> {
        let fields = fazhi::concepts::view_fields(area)
            .iter()
            .map(|&(field, id)| Ok((field, id, fact(id)?.map(Bound::unbind))))
            .collect::<PyResult<_>>()?;
        Ok(AreaView { area, fields })
    }
}

#[pymethods]
impl AreaView {
    /// The area's id (`dispute_resolution`).
    #[getter]
    fn area(&self) -> &'static str {
        self.area.id()
    }

    /// The field names, in the registry's order.
    #[getter]
    fn fields(&self) -> Vec<&'static str> {
        self.fields.iter().map(|f| f.0).collect()
    }

    /// The concept id behind a field.
    fn concept_of(&self, field: &str) -> PyResult<&'static str> {
        self.fields
            .iter()
            .find(|f| f.0 == field)
            .map(|f| f.1)
            .ok_or_else(|| self.no_field(field))
    }

    /// Every field with its fact or None.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        for (field, _, fact) in &self.fields {
            d.set_item(field, fact.as_ref().map(|f| f.bind(py)))?;
        }
        Ok(d)
    }

    fn __getattr__(&self, py: Python<'_>, name: &str) -> PyResult<Option<Py<PyAny>>> {
        self.fields
            .iter()
            .find(|f| f.0 == name)
            .map(|f| f.2.as_ref().map(|p| p.clone_ref(py)))
            .ok_or_else(|| self.no_field(name))
    }

    /// Pickling keeps the area and each field's fact.
    #[allow(clippy::type_complexity)]
    fn __reduce__<'py>(
        slf: &Bound<'py, Self>,
    ) -> PyResult<(Bound<'py, PyAny>, (&'static str, Bound<'py, PyDict>))> {
        let this = slf.get();
        let restore = slf.get_type().getattr("_restore")?;
        Ok((restore, (this.area.id(), this.to_dict(slf.py())?)))
    }

    /// A view from what `__reduce__` gave: the area's id and its fields' facts.
    #[staticmethod]
    #[pyo3(name = "_restore")]
    fn restore(area: &str, facts: &Bound<'_, PyDict>) -> PyResult<AreaView> {
        let area = fazhi::Area::ALL
            .into_iter()
            .find(|a| a.id() == area)
            .ok_or_else(|| PyAttributeError::new_err(format!("no area {area:?}")))?;
        AreaView::new(area, |id| {
            let field = fazhi::concepts::view_fields(area)
                .iter()
                .find(|f| f.1 == id)
                .map_or("", |f| f.0);
            Ok(facts.get_item(field)?.filter(|f| !f.is_none()))
        })
    }

    fn __dir__(&self) -> Vec<&'static str> {
        let mut names = self.fields();
        names.extend(["area", "fields", "concept_of", "to_dict"]);
        names
    }

    fn __repr__(&self, py: Python<'_>) -> String {
        let stated: Vec<String> = self
            .fields
            .iter()
            .filter_map(|(field, _, fact)| {
                let fact = fact.as_ref()?.bind(py).cast::<Fact>().ok()?.get().clone();
                Some(format!("{field}={} {}", fact.value, fact.unit))
            })
            .collect();
        format!(
            "<AreaView {}: {} of {} stated{}{}>",
            self.area.id(),
            stated.len(),
            self.fields.len(),
            if stated.is_empty() { "" } else { ": " },
            stated.join(", ")
        )
    }
}

impl AreaView {
    fn no_field(&self, name: &str) -> PyErr {
        PyAttributeError::new_err(format!(
            "the {} view has no field {name:?}; its fields: {}",
            self.area.id(),
            self.fields
                .iter()
                .map(|f| f.0)
                .collect::<Vec<_>>()
                .join(", ")
        ))
    }
}
