"""What is stored: SQLAlchemy 2.0 typed declarative tables."""

from wsedesk.models.audit import AuditEntry, AuditHead
from wsedesk.models.base import Base
from wsedesk.models.dossiers import Document, Dossier, DossierEvent
from wsedesk.models.guidance import GuidanceAssignment
from wsedesk.models.intake import (
    AuditOrganisation,
    ConditionChange,
    QualityLabel,
    QualityLabelPublication,
    QualityProofApplication,
    QualityRegistration,
    RecognitionApplication,
    Subcontractor,
    Supervisor,
    WorkingArea,
)
from wsedesk.models.organisations import Establishment, Municipality, Organisation, OrganisationKind
from wsedesk.models.people import Person, User
from wsedesk.models.reports import ReportSubmission, ReportValue, SubmissionStatus
from wsedesk.models.tenders import TenderPartnership
from wsedesk.models.terms import CalendarDay, DossierTerm, Suspension, TermSetting
from wsedesk.models.visits import (
    SyncIdentity,
    Tombstone,
    Visit,
    VisitAction,
    VisitAttachment,
    VisitCheckout,
    VisitConflict,
    VisitDossier,
    VisitFinding,
    VisitVisitor,
)

__all__ = [
    "AuditEntry",
    "AuditHead",
    "AuditOrganisation",
    "Base",
    "CalendarDay",
    "ConditionChange",
    "Document",
    "Dossier",
    "DossierEvent",
    "DossierTerm",
    "Establishment",
    "GuidanceAssignment",
    "Municipality",
    "Organisation",
    "OrganisationKind",
    "Person",
    "QualityLabel",
    "QualityLabelPublication",
    "QualityProofApplication",
    "QualityRegistration",
    "RecognitionApplication",
    "ReportSubmission",
    "ReportValue",
    "Subcontractor",
    "SubmissionStatus",
    "Supervisor",
    "Suspension",
    "SyncIdentity",
    "TenderPartnership",
    "TermSetting",
    "Tombstone",
    "User",
    "Visit",
    "VisitAction",
    "VisitAttachment",
    "VisitCheckout",
    "VisitConflict",
    "VisitDossier",
    "VisitFinding",
    "VisitVisitor",
    "WorkingArea",
]
