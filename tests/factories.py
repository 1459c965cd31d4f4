"""factory_boy factories for the model graph."""

from __future__ import annotations

import factory
from django.contrib.auth.models import User

from powers.models import PowerCategory, PowerItem, RoleAssignment, Township, Unit

PASSWORD = "test-password-1234"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = factory.Sequence(lambda n: f"测试用户{n}")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class TownshipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Township

    name = factory.Sequence(lambda n: f"测试乡{n}")
    code = factory.Sequence(lambda n: f"t{n}")


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    township = factory.SubFactory(TownshipFactory)
    code = factory.Sequence(lambda n: f"u{n}")
    name = factory.Sequence(lambda n: f"测试村{n}")
    kind = Unit.Kind.VILLAGE


class PowerItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = PowerItem

    unit = factory.SubFactory(UnitFactory)
    code = factory.Sequence(lambda n: f"T-{n:03d}")
    name = factory.Sequence(lambda n: f"测试权力事项{n}")
    category = factory.LazyAttribute(
        lambda o: PowerCategory.objects.filter(township=o.unit.township).first()
    )
    power_kind = PowerItem.PowerKind.EXECUTION


def grant(user: User, role: str, scope) -> RoleAssignment:
    """Give ``user`` a role on a unit or a township, as an administrator would."""
    kwargs = {"unit": scope} if isinstance(scope, Unit) else {"township": scope}
    assignment = RoleAssignment(user=user, role=role, **kwargs)
    assignment.full_clean()
    assignment.save()
    return assignment


def reviewed_project(unit: Unit, *, public: bool = True, milestones=(), **fields):
    """A livelihood project saved as an official's edit with its milestones (names) and, if
    ``public``, submitted, confirmed and approved like any reviewed record, so that the public
    reads its approved snapshot. The steps run without a user; tests of who may take them go
    through the pages (tests/disclosures/test_project_review.py)."""
    from powers.lifecycle import apply_transition, save_edit
    from projects.models import Project, ProjectMilestone

    project = Project(unit=unit, **fields)

    def save_milestones(saved: Project) -> None:
        for order, name in enumerate(milestones, start=1):
            ProjectMilestone.objects.create(project=saved, name=name, order=order)

    save_edit(project, user=None, expected_version=None, children=[save_milestones])
    if public:
        for name, perm in (
            ("submit", "submit_records"),
            ("confirm", "confirm_records"),
            ("approve", "review_records"),
        ):
            apply_transition(project, name, user=None, perms={perm})
    return project
