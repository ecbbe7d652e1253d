"""All tables of Retain CRM (importing this module registers them on Base.metadata)."""
from crm_app.db.models.base import Base, utcnow
from crm_app.db.models.customers import Customer, CustomerEmail, CustomerMerge, CustomerPhone, CustomerTag, Note, Tag
from crm_app.db.models.loyalty import (BadgeAward, BadgeDefinition, Coupon, LoyaltyRuleSet, PointsLedger, Reward,
                                       TierDefinition, TierHistory)
from crm_app.db.models.sales import Category, Order, OrderLine, Product, Refund
from crm_app.db.models.support import Feedback, SlaPolicy, Ticket, TicketCategory, TicketComment, TicketEvent
from crm_app.db.models.system import AppSetting, AuditLog, User

__all__ = [
    "Base", "utcnow", "Customer", "CustomerEmail", "CustomerMerge", "CustomerPhone", "CustomerTag", "Note", "Tag",
    "BadgeAward", "BadgeDefinition", "Coupon", "LoyaltyRuleSet", "PointsLedger", "Reward", "TierDefinition",
    "TierHistory", "Category", "Order", "OrderLine", "Product", "Refund", "Feedback", "SlaPolicy", "Ticket",
    "TicketCategory", "TicketComment", "TicketEvent", "AppSetting", "AuditLog", "User",
]
